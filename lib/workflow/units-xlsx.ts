/**
 * The review list as an .xlsx: every unit of the supervisor's selection (all pages), in the
 * list's order, with its status, counts, deadline and last 催报; the header stays in view.
 */
import ExcelJS from "exceljs";
import { STATUS_LABELS, isReportStatus } from "./statuses";

export interface UnitsXlsxRow {
  organizationName: string;
  kindLabel: string;
  status: string;
  errorCount: number | null;
  warningCount: number | null;
  updatedAt: string | null;
  deadlineText: string;
  remindedAt: string | null;
}

export const UNITS_SHEET = "单位";

const beijing = (iso: string | null, opts: Intl.DateTimeFormatOptions) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", ...opts }) : "");

export async function unitsXlsx(rows: readonly UnitsXlsxRow[], heading: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报通";
  const ws = wb.addWorksheet(UNITS_SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.addRow([heading]).font = { bold: true };
  const header = ws.addRow(["单位", "类型", "状态", "错误", "待说明提醒", "最后修改", "截止（次年1月31日）", "最近催报"]);
  header.font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      r.organizationName,
      r.kindLabel,
      isReportStatus(r.status) ? STATUS_LABELS[r.status] : "未创建",
      r.errorCount ?? "",
      r.warningCount ?? "",
      beijing(r.updatedAt, { dateStyle: "short", timeStyle: "short" }),
      r.deadlineText,
      beijing(r.remindedAt, { dateStyle: "short" }),
    ]);
  }
  [36, 18, 10, 8, 12, 18, 24, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
