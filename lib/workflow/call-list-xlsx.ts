/**
 * The 催报名单 as an .xlsx: every unit not yet submitted (all pages of the list), with its state,
 * whom to call and the last 催报 — for the written 通知 and the phone calls; the header stays in view.
 */
import ExcelJS from "exceljs";

export interface CallListXlsxRow {
  organizationName: string;
  state: string;
  contact: string;
  remindedAt: string | null;
}

export const CALL_LIST_SHEET = "催报名单";
export const CALL_LIST_COLUMNS = ["单位", "状态", "联系人", "最近催报"] as const;

/** A 催报 date as the list shows it: the Beijing day, or 未催报. */
export const remindedDay = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) : "未催报");

/** One line per unit, the columns of CALL_LIST_COLUMNS (the copied list and the .xlsx alike). */
export const callListLine = (r: CallListXlsxRow) => [r.organizationName, r.state, r.contact, remindedDay(r.remindedAt)];

export async function callListXlsx(rows: readonly CallListXlsxRow[], heading: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报通";
  const ws = wb.addWorksheet(CALL_LIST_SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.addRow([heading]).font = { bold: true };
  ws.addRow([...CALL_LIST_COLUMNS]).font = { bold: true };
  for (const r of rows) ws.addRow(callListLine(r));
  [36, 14, 48, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
