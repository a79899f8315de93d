import { reportDownloadHeaders } from "../docx/download";
import type { Report } from "../report/types";

/** Response headers of 下载网页版: 〈机关名称〉〈年份〉年政府信息公开工作年度报告.html, （征求意见稿） for a draft. */
export function htmlDownloadHeaders(report: Pick<Report, "organ" | "year">, byteLength: number, draft: boolean): Record<string, string> {
  return {
    ...reportDownloadHeaders(report, "html", byteLength, draft),
    // Saved, not shown by the app: should a browser render it here, it runs nothing.
    "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'",
  };
}
