import type { Report } from "../report/types";
import { attachmentDisposition } from "./content-disposition";
import { docxFileName } from "./file-name";
import { DOCX_MIME } from "./style";

/**
 * Response headers of a report's .docx download, named 〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx,
 * with （征求意见稿） before the extension for a draft.
 */
export function docxDownloadHeaders(report: Pick<Report, "organ" | "year">, byteLength: number, draft = false): Record<string, string> {
  return {
    "Content-Type": DOCX_MIME,
    "Content-Disposition": attachmentDisposition(docxFileName(report, draft), `report-${report.year}${draft ? "-draft" : ""}.docx`),
    "Content-Length": String(byteLength),
    // A report changes while it is written: never serve yesterday's file from a cache.
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
