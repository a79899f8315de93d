/**
 * One page as the reader sees it: ruled tables with the text of each cell, and
 * the lines of running text outside them, page numbers removed.
 */
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api";
import type { ReaderNote } from "../document";
import { contains, type Glyph } from "./geometry";
import { glyphsOf } from "./glyphs";
import { inMarginBand, isPageNumber, looksLikePageNumber } from "./page-furniture";
import { loadPdfjs } from "./pdfjs";
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
  const notes: ReaderNote[] = [];
  const all = glyphsOf(await page.getTextContent({ disableNormalization: false }), top, left);
  // The drawing operators cost as much as the text again; a page of running text
  // (no line with a wide gap, as every table row has between its cells) needs none.
  const drawing = all.length === 0 || mayHoldTable(all) ? await drawingOfPage(page, top, left) : { segments: [], hasImages: false };
  const grids = ruledTables(drawing.segments);
  // Page numbers first, over the whole page: one printed across a column border
  // of a table that runs to the foot of the page would otherwise split into two cells.
  const pageNumbers = pageNumberGlyphs(all, height);
  const glyphs = all.filter((g) => !pageNumbers.has(g));
  if ([...pageNumbers].some((g) => grids.some((t) => contains(t, g.cx, g.cy)))) notes.push({ page: number, message: `第${number}页的页码落在表格中，已去掉，不作为表格内容` });
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
  return { page: number, width, height, tables, lines, glyphCount: all.length, hasImages: drawing.hasImages, notes };
}

/** Glyphs of page numbers in the margin bands: runs of close characters on a line that read as one. */
function pageNumberGlyphs(glyphs: Glyph[], height: number): Set<Glyph> {
  const out = new Set<Glyph>();
  const banded = glyphs.filter((g) => inMarginBand(g.cy, height));
  for (const line of linesOf(banded)) {
    let run: Glyph[] = [];
    const flush = () => {
      if (run.length && looksLikePageNumber(run.map((g) => g.ch).join(""))) run.forEach((g) => out.add(g));
      run = [];
    };
    line.glyphs.forEach((g, i) => {
      if (i > 0 && g.x0 - line.glyphs[i - 1].x1 > Math.min(g.size, line.glyphs[i - 1].size)) flush();
      run.push(g);
    });
    flush();
  }
  return out;
}

async function drawingOfPage(page: PDFPageProxy, top: number, left: number) {
  const [{ OPS }, ops] = await Promise.all([loadPdfjs(), page.getOperatorList()]);
  return drawingOf(ops.fnArray, ops.argsArray as unknown[][], OPS, top, left);
}

/** Some line has a gap of more than two characters between neighbours: two cells side by side. */
function mayHoldTable(glyphs: Glyph[]): boolean {
  return linesOf(glyphs).some((line) => line.glyphs.some((g, i) => i > 0 && g.x0 - line.glyphs[i - 1].x1 > 2 * Math.min(g.size, line.glyphs[i - 1].size)));
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
