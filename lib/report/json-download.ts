import { attachmentDisposition } from "../docx/content-disposition";
import { reportFileName } from "../docx/file-name";
import type { Report } from "./types";

/** Response headers of a report's REPORT-JSON download, named 〈机关名称〉〈年份〉年政府信息公开工作年度报告.json. */
export function jsonDownloadHeaders(report: Pick<Report, "organ" | "year">, byteLength: number): Record<string, string> {
  return {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Disposition": attachmentDisposition(reportFileName(report, "json"), `report-${report.year}.json`),
    "Content-Length": String(byteLength),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
