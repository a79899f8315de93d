export { ReportPreview } from "./report-preview";
export { chineseDate } from "./chinese-date";
export type { ReportPreviewProps } from "./types";
