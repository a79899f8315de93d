import { attachmentDisposition } from "../docx/content-disposition";
import { reportFileName } from "../docx/file-name";
import type { Report } from "../report/types";

/** Response headers of 下载网页版: 〈机关名称〉〈年份〉年政府信息公开工作年度报告.html, （征求意见稿） for a draft. */
export function htmlDownloadHeaders(report: Pick<Report, "organ" | "year">, byteLength: number, draft: boolean): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Disposition": attachmentDisposition(reportFileName(report, "html", draft), `report-${report.year}${draft ? "-draft" : ""}.html`),
    "Content-Length": String(byteLength),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    // Saved, not shown by the app: should a browser render it here, it runs nothing.
    "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'",
  };
}
