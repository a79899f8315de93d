import type { CellRef } from "../template";
import type { Cell, Finding, Report } from "./types";

export function getCell(report: Report, ref: CellRef): Cell {
  if (ref.table === "proactive") return report.tables.proactive[ref.row]?.[ref.column] ?? null;
  return report.tables[ref.table][ref.row]?.[ref.column] ?? null;
}

/** Writes one cell in place. */
export function setCell(report: Report, ref: CellRef, value: Cell): void {
  if (ref.table === "proactive") {
    (report.tables.proactive[ref.row] ??= {})[ref.column] = value;
    return;
  }
  const row = (report.tables[ref.table][ref.row] ??= []);
  row[ref.column] = value;
}

/** The cell a finding is at, if it is at one (its `row` and `column`). */
export function findingCellRef(f: Finding): CellRef | undefined {
  if (!f.table || f.row === undefined || f.column === undefined) return undefined;
  if (f.table === "proactive") return { table: "proactive", row: f.row, column: String(f.column) };
  return { table: f.table, row: f.row, column: Number(f.column) };
}

/** A stable string key for a cell: "requests/granted/0". */
export function cellKey(ref: CellRef): string {
  return `${ref.table}/${ref.row}/${ref.column}`;
}

export function parseCellKey(key: string): CellRef | undefined {
  const [table, row, column] = key.split("/");
  if (table === "proactive" && row && column) return { table, row, column };
  if ((table === "requests" || table === "appeals") && row && /^\d+$/.test(column ?? "")) {
    return { table, row, column: Number(column) };
  }
  return undefined;
}
