export { ReportTableGrid } from "./report-table-grid";
export { GridTextCell, LabelText } from "./grid-text-cell";
export type { CellChange, CellComment, FocusRequest, ReportTableGridProps, UnsavedCell } from "./types";
