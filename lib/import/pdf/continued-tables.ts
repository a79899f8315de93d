/**
 * A table that runs over a page break is one table in the report. The part on
 * the next page is joined to the part before it when nothing but page
 * furniture lies between them and their outer borders line up; a header
 * repeated at the top of the new page is dropped, and a merged label cell cut
 * by the break ("（四）无" | "法提供", the vertical 三、本年度办理结果) is one cell again.
 */
import type { ReaderNote } from "../document";
import { clusterValues } from "./geometry";
import type { PageTable, PlacedCell } from "./page-layout";

/** Outer borders this close are the same table's. */
const ALIGNED = 4;

/** A table joined from one or more page parts, its cells on one column grid. */
export interface JoinedTable {
  page: number;
  xs: number[];
  rows: number;
  cells: PlacedCell[];
}

export const asJoined = (t: PageTable): JoinedTable => ({ page: t.page, xs: t.xs, rows: t.ys.length - 1, cells: t.cells });

export function continues(before: JoinedTable, after: PageTable): boolean {
  const x0 = before.xs[0];
  const x1 = before.xs[before.xs.length - 1];
  if (Math.abs(after.x0 - x0) > ALIGNED || Math.abs(after.x1 - x1) > ALIGNED) return false;
  // Inner borders of the new part mostly repeat borders of the part before.
  const inner = after.xs.slice(1, -1);
  const shared = inner.filter((x) => before.xs.some((y) => Math.abs(x - y) <= ALIGNED)).length;
  return inner.length === 0 || shared * 2 >= inner.length;
}

const rowKey = (cells: PlacedCell[], row: number) =>
  cells
    .filter((c) => c.row === row)
    .sort((p, q) => p.x0 - q.x0)
    .map((c) => c.text)
    .join("|");

/** Starts of a new label: 一、 （一） 1. 1、 (1) — a cell beginning so is not the rest of the one above. */
const ENUMERATED = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;
const NUMERIC = /^[-+]?\d[\d,.]*\s*(万?元)?$/;

/** Index of the grid line nearest to `x`. */
const nearest = (xs: number[], x: number) => xs.reduce((best, v, i) => (Math.abs(v - x) < Math.abs(xs[best] - x) ? i : best), 0);

export function join(before: JoinedTable, after: PageTable, notes: ReaderNote[]): JoinedTable {
  const xs = clusterValues([...before.xs, ...after.xs], ALIGNED);
  const regrid = (c: PlacedCell, rowOffset: number): PlacedCell => {
    const col = nearest(xs, c.x0);
    return { ...c, row: c.row + rowOffset, col, colSpan: Math.max(1, nearest(xs, c.x1) - col) };
  };
  let cells = after.cells;
  let afterRows = after.ys.length - 1;
  // A header repeated on the new page: the first rows say what the first rows said.
  let repeated = 0;
  while (repeated < Math.min(afterRows - 1, before.rows, 4) && rowKey(cells, repeated) && rowKey(cells, repeated) === rowKey(before.cells, repeated) && /[^\d|.\s-]/.test(rowKey(cells, repeated))) repeated++;
  if (repeated) {
    cells = cells.filter((c) => c.row >= repeated).map((c) => ({ ...c, row: c.row - repeated }));
    afterRows -= repeated;
    notes.push({ page: after.page, message: `第${after.page}页的续表重复了表头，已去掉重复的表头行` });
  }
  const merged = before.cells.map((c) => regrid(c, 0));
  const lastRow = before.rows;
  const moved: PlacedCell[] = [];
  for (const c of cells.map((x) => regrid(x, lastRow))) {
    // A label cell cut by the page break: same columns, the part above reaches the
    // break, one side spans rows, and the part below does not start a new label.
    const above = c.row === lastRow ? merged.find((m) => m.row + m.rowSpan === lastRow && m.col === c.col && m.colSpan === c.colSpan) : undefined;
    if (above && (above.rowSpan > 1 || c.rowSpan > 1) && !ENUMERATED.test(c.text) && !NUMERIC.test(c.text) && !NUMERIC.test(above.text) && above.text) {
      above.rowSpan += c.rowSpan;
      above.text += c.text;
      above.y1 = c.y1;
      continue;
    }
    moved.push(c);
  }
  notes.push({ page: after.page, message: `第${before.page}页的表格在第${after.page}页继续，已接成一张表` });
  return { page: before.page, xs, rows: lastRow + afterRows, cells: [...merged, ...moved] };
}
