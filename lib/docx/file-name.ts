import type { Report } from "../report/types";
import { reportTitle } from "../template";

/** What a draft's file name says after the title, so that it is never taken for the version to publish. */
export const DRAFT_SUFFIX = "（征求意见稿）";

/**
 * 〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx, and 〈…〉年度报告（征求意见稿）.docx for a
 * draft. Characters Windows forbids in file names (\ / : * ? " < > |) become
 * full-width look-alikes rather than vanish.
 */
export function docxFileName(report: Pick<Report, "organ" | "year">, draft = false): string {
  return reportFileName(report, "docx", draft);
}

/** The same name with another extension (the REPORT-JSON export is 〈…〉年度报告.json). */
export function reportFileName(report: Pick<Report, "organ" | "year">, extension: string, draft = false): string {
  const safe = reportTitle(report.organ.name.trim(), report.year)
    .replace(/[\u0000-\u001f\ufffe\uffff]/g, "")
    .replace(/[\\/:*?"<>|]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return `${safe}${draft ? DRAFT_SUFFIX : ""}.${extension}`;
}
