/**
 * Word writes a vertical merge as one cell per row (w:vMerge restart, then
 * continue), while the template layout lists a spanning cell once, like HTML.
 * This expands the layout into the cells of every row with their grid column.
 */
import type { Grid, GridCell } from "../template/layout";

export interface Slot {
  cell: GridCell;
  /** First grid column the cell covers. */
  column: number;
  /** "restart" on the first row of a vertical merge, "continue" below it. */
  merge?: "restart" | "continue";
}

export function gridSlots(grid: Grid): Slot[][] {
  const columns = grid.widths.length;
  const open: Array<{ cell: GridCell; untilRow: number } | undefined> = Array(columns);
  return grid.rows.map((row, r) => {
    const slots: Slot[] = [];
    let next = 0;
    for (let column = 0; column < columns; ) {
      const above = open[column];
      if (above && above.untilRow > r) {
        slots.push({ cell: above.cell, column, merge: "continue" });
        column += above.cell.colSpan;
        continue;
      }
      const cell = row[next++];
      if (!cell) throw new Error(`表格 ${grid.table} 第 ${r + 1} 行的单元格少于 ${columns} 列`);
      slots.push({ cell, column, ...(cell.rowSpan > 1 ? { merge: "restart" as const } : {}) });
      if (cell.rowSpan > 1) open[column] = { cell, untilRow: r + cell.rowSpan };
      column += cell.colSpan;
    }
    if (next !== row.length) throw new Error(`表格 ${grid.table} 第 ${r + 1} 行的单元格多于 ${columns} 列`);
    return slots;
  });
}
