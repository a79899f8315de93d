import type { CellKind } from "../template";
import type { Cell } from "../report/types";

/**
 * A table number as printed: as the report holds it (money keeps its decimals,
 * 75.926). A blank cell stays blank: R5 blocks publishing it, and printing 0
 * would hide the defect in a draft.
 */
export function formatCellValue(value: Cell, kind: CellKind): string {
  if (value === null || !Number.isFinite(value)) return "";
  // Money has at most 4 decimals (万元); rounding drops binary noise such as 0.30000000000000004.
  if (kind === "money") return String(Number(value.toFixed(4)));
  return String(value);
}
