import type { Report } from "../report/types";
import { reportTitle } from "../template";

/**
 * 〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx. Characters Windows forbids in
 * file names (\ / : * ? " < > |) become full-width look-alikes rather than vanish.
 */
export function docxFileName(report: Pick<Report, "organ" | "year">): string {
  return reportFileName(report, "docx");
}

/** The same name with another extension (the REPORT-JSON export is 〈…〉年度报告.json). */
export function reportFileName(report: Pick<Report, "organ" | "year">, extension: string): string {
  const safe = reportTitle(report.organ.name.trim(), report.year)
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/[\\/:*?"<>|]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return `${safe}.${extension}`;
}
