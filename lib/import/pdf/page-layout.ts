/**
 * One page as the reader sees it: ruled tables with the text of each cell, and
 * the lines of running text outside them, page numbers removed.
 */
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api";
import type { ReaderNote } from "../document";
import { contains, type Glyph } from "./geometry";
import { glyphsOf } from "./glyphs";
import { isPageNumber } from "./page-furniture";
import { drawingOf } from "./rulings";
import { ruledTables, type GridCell, type RuledTable } from "./table-grid";
import { cellText, linesOf, type TextLine } from "./text-lines";

export interface PlacedCell extends GridCell {
  text: string;
}

export interface PageTable extends Omit<RuledTable, "cells"> {
  page: number;
  cells: PlacedCell[];
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  tables: PageTable[];
  /** Running text outside the tables, top to bottom. */
  lines: TextLine[];
  /** Characters in the text layer (0 on a scanned page). */
  glyphCount: number;
  hasImages: boolean;
  notes: ReaderNote[];
}

/** Glyphs this close outside a border still belong to the table (text touching the rule). */
const SLACK = 1;

export async function readPage(page: PDFPageProxy, number: number): Promise<PageLayout> {
  const [left, bottom, right, top] = page.view;
  const width = right - left;
  const height = top - bottom;
  const [content, ops] = await Promise.all([page.getTextContent({ disableNormalization: false }), page.getOperatorList()]);
  const glyphs = glyphsOf(content, top, left);
  const drawing = drawingOf(ops.fnArray, ops.argsArray as unknown[][], top, left);
  const notes: ReaderNote[] = [];
  const grids = ruledTables(drawing.segments);
  const free: Glyph[] = [];
  const byCell = new Map<GridCell, Glyph[]>();
  outer: for (const g of glyphs) {
    for (const t of grids) {
      if (!contains(t, g.cx, g.cy, SLACK)) continue;
      const cell = t.cells.find((c) => contains(c, g.cx, g.cy)) ?? nearestCell(t, g);
      const list = byCell.get(cell);
      if (list) list.push(g);
      else byCell.set(cell, [g]);
      continue outer;
    }
    free.push(g);
  }
  const tables: PageTable[] = grids.map((t) => ({
    ...t,
    page: number,
    cells: t.cells.map((c) => {
      const lines = linesOf(byCell.get(c) ?? []);
      const kept = lines.filter((l) => !isPageNumber(l, height, true));
      if (kept.length < lines.length) notes.push({ page: number, message: `第${number}页的页码落在表格中，已去掉，不作为表格内容` });
      return { ...c, text: cellText(kept.flatMap((l) => l.glyphs)) };
    }),
  }));
  const lines = linesOf(free).filter((l) => !isPageNumber(l, height));
  return { page: number, width, height, tables, lines, glyphCount: glyphs.length, hasImages: drawing.hasImages, notes };
}

/** A glyph on the table's outer edge that falls in no cell: the cell nearest to it. */
function nearestCell(t: RuledTable, g: Glyph): GridCell {
  let best = t.cells[0];
  let bestDistance = Infinity;
  for (const c of t.cells) {
    const dx = Math.max(c.x0 - g.cx, 0, g.cx - c.x1);
    const dy = Math.max(c.y0 - g.cy, 0, g.cy - c.y1);
    if (dx + dy < bestDistance) {
      best = c;
      bestDistance = dx + dy;
    }
  }
  return best;
}
