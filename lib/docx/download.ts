import type { Report } from "../report/types";
import { attachmentDisposition } from "./content-disposition";
import { reportFileName } from "./file-name";
import { DOCX_MIME } from "./style";

const CONTENT_TYPES = { docx: DOCX_MIME, json: "application/json; charset=utf-8", html: "text/html; charset=utf-8" } as const;

/**
 * Response headers of a report's download (.docx, REPORT-JSON or the web version), named
 * 〈机关名称〉〈年份〉年政府信息公开工作年度报告.〈扩展名〉, with （征求意见稿） before the extension for a draft.
 */
export function reportDownloadHeaders(
  report: Pick<Report, "organ" | "year">,
  extension: keyof typeof CONTENT_TYPES,
  byteLength: number,
  draft = false,
): Record<string, string> {
  return {
    "Content-Type": CONTENT_TYPES[extension],
    "Content-Disposition": attachmentDisposition(reportFileName(report, extension, draft), `report-${report.year}${draft ? "-draft" : ""}.${extension}`),
    "Content-Length": String(byteLength),
    // A report changes while it is written: never serve yesterday's file from a cache.
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

export const docxDownloadHeaders = (report: Pick<Report, "organ" | "year">, byteLength: number, draft = false) =>
  reportDownloadHeaders(report, "docx", byteLength, draft);
