import { reportDownloadHeaders } from "../docx/download";
import type { Report } from "./types";

/** Response headers of a report's REPORT-JSON download, named 〈机关名称〉〈年份〉年政府信息公开工作年度报告.json. */
export const jsonDownloadHeaders = (report: Pick<Report, "organ" | "year">, byteLength: number) =>
  reportDownloadHeaders(report, "json", byteLength);
