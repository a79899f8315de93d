export { ReportPreview } from "./report-preview";
export { chineseDate } from "@/lib/report/chinese-date";
export type { ReportPreviewProps } from "./types";
