/**
 * The props contract of the table grid (wizard steps 二/三/四 and the supervisor's review).
 * Kept stable: the wizard and the review page code against it.
 */
import type { Cell, Finding, Report } from "@/lib/report/types";
import type { CellRef, TableId, Template } from "@/lib/template";

/** One cell written by the grid: a keystroke gives one, a paste gives all its cells at once. */
export interface CellChange {
  ref: CellRef;
  value: Cell;
}

/** A cell whose typed text is refused: shown with its message, never stored (the report keeps the old value). */
export interface UnsavedCell {
  text: string;
  message: string;
}

/** A review comment (ReportComment row) as the UI shows it. */
export interface CellComment {
  id: string;
  /** "cell:requests/granted/0" (a table cell) or "section:<textKey>" (a narrative section). */
  anchor: string;
  body: string;
  author: string;
  resolved: boolean;
}

/** Ask the grid to focus and scroll to a cell; a new nonce repeats the request for the same cell. */
export interface FocusRequest {
  ref: CellRef;
  nonce: number;
}

export interface ReportTableGridProps {
  template: Template;
  table: TableId;
  /** The report with its derived sums already filled (fillDerived). */
  report: Report;
  /** Findings of check(report); cells they point at are marked, their messages shown at the cell. */
  findings: Finding[];
  /** Every valid keystroke (one change) and every paste (all its cells, once). Never called when readOnly. */
  onCellsChange: (changes: CellChange[]) => void;
  /** Review mode: every cell read-only. */
  readOnly?: boolean;
  /** Comments; those anchored "cell:…" show as a marker at their cell (text on hover and focus). */
  comments?: CellComment[];
  /** When given, each cell offers "批注" (supervisor review) and calls this with the cell. */
  onCellComment?: (ref: CellRef) => void;
  /** Focus and scroll to a cell (the findings panel's jump). */
  focusRequest?: FocusRequest;
  /**
   * Optional: the cells whose typed text is currently refused (cellKey → Chinese message), reported on
   * every change of that set, so the page can say "有 1 个格子的内容无效" and hold back submit.
   */
  onInvalidCellsChange?: (invalid: Record<string, string>) => void;
  /**
   * Optional: the page's own record of refused texts (cellKey → text and message), so they survive leaving
   * the step; with it, onUnsavedCell is called for each cell whose refused text appears, changes or goes.
   */
  unsaved?: Readonly<Record<string, UnsavedCell>>;
  onUnsavedCell?: (key: string, entry: UnsavedCell | null) => void;
}
