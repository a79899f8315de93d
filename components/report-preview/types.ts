/** The props contract of the document preview (wizard's last step and review). Kept stable. */
import type { CellComment } from "@/components/report-grid/types";
import type { Finding, Report } from "@/lib/report/types";
import type { CellRef, TableId, TextKey } from "@/lib/template";

export interface ReportPreviewProps {
  report: Report;
  /** Cells that findings point at are marked in the tables (errors red, warnings amber). */
  findings?: Finding[];
  /** Comments anchored "section:<textKey>" show under their section heading; "cell:…" as a marker at the cell. */
  comments?: CellComment[];
  /** When given, table cells are clickable (e.g. to comment on or jump to a cell). */
  onCellClick?: (ref: CellRef) => void;
  /** When given, each section offers "批注" and calls this with its text key, or its table's id for 二/三/四. */
  onSectionComment?: (key: TextKey | TableId) => void;
}
