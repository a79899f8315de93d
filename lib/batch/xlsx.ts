/**
 * The .xlsx of a 批量体检 that supervisors pass on: sheet 报告 with one row per
 * file, sheet 问题 with one row per finding (table, row, column and message in
 * the template's words).
 */
import ExcelJS from "exceljs";
import { check } from "../check";
import type { Report } from "../report/types";
import { getTemplate } from "../template";
import { findingRows } from "./finding-rows";

export interface XlsxRow {
  id: string;
  fileName: string;
  status: string;
  message: string | null;
  unitName: string | null;
  organName: string | null;
  year: number | null;
  format: string | null;
  errorCount: number;
  warningCount: number;
  noteCount: number;
}

export const REPORT_SHEET = "报告";
export const FINDINGS_SHEET = "问题";

export async function batchWorkbook(rows: readonly XlsxRow[], reports: ReadonlyMap<string, Report>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报通";
  const sheet = wb.addWorksheet(REPORT_SHEET);
  sheet.columns = [
    { header: "文件", key: "file", width: 40 },
    { header: "单位", key: "unit", width: 28 },
    { header: "文件中的机关名称", key: "organ", width: 28 },
    { header: "年度", key: "year", width: 8 },
    { header: "格式", key: "format", width: 10 },
    { header: "错误", key: "errors", width: 8 },
    { header: "提醒", key: "warnings", width: 8 },
    { header: "读取说明", key: "notes", width: 10 },
    { header: "读取结果", key: "result", width: 40 },
  ];
  const findings = wb.addWorksheet(FINDINGS_SHEET);
  findings.columns = [
    { header: "文件", key: "file", width: 40 },
    { header: "单位", key: "unit", width: 28 },
    { header: "类别", key: "severity", width: 8 },
    { header: "规则", key: "rule", width: 10 },
    { header: "表格", key: "table", width: 8 },
    { header: "行", key: "row", width: 36 },
    { header: "列", key: "column", width: 16 },
    { header: "说明", key: "message", width: 80 },
  ];
  for (const r of rows) {
    const read = r.status === "done";
    sheet.addRow({
      file: r.fileName,
      unit: r.unitName ?? "未匹配",
      organ: r.organName ?? "",
      year: r.year ?? "",
      format: r.format ? `${r.format}年格式` : "",
      errors: read ? r.errorCount : "",
      warnings: read ? r.warningCount : "",
      notes: read ? r.noteCount : "",
      result: read ? "已读取" : (r.message ?? "未读取"),
    });
    const report = reports.get(r.id);
    if (!report) continue;
    for (const f of findingRows(getTemplate(report.format), check(report))) {
      findings.addRow({ file: r.fileName, unit: r.unitName ?? "未匹配", ...f });
    }
  }
  for (const s of [sheet, findings]) s.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
