/**
 * A reconstructed table as the reader contract has it: rows of the cells that
 * start in them, left to right, each with the grid columns and rows it covers
 * (like an HTML table). Grid rows in which no cell starts (a border drawn
 * inside a merged cell) are left out and the spans across them shortened.
 */
import type { SourceRow } from "../document";
import type { JoinedTable } from "./continued-tables";

export function sourceRows(table: JoinedTable): SourceRow[] {
  const starts = new Set(table.cells.map((c) => c.row));
  const kept = [...starts].sort((p, q) => p - q);
  const index = new Map(kept.map((r, i) => [r, i]));
  const rowsBefore = (r: number) => kept.filter((k) => k < r).length;
  const rows: SourceRow[] = kept.map(() => ({ cells: [] }));
  for (const c of [...table.cells].sort((p, q) => p.row - q.row || p.col - q.col)) {
    const rowSpan = rowsBefore(c.row + c.rowSpan) - rowsBefore(c.row);
    const cell: SourceRow["cells"][number] = { text: c.text };
    if (c.colSpan > 1) cell.colSpan = c.colSpan;
    if (rowSpan > 1) cell.rowSpan = rowSpan;
    rows[index.get(c.row)!].cells.push(cell);
  }
  return rows;
}
