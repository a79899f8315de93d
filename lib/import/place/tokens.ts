/**
 * The document as one stream of tokens: each paragraph, and each table cell in
 * reading order. The placer reads tables from the stream, not from the
 * source's grid: a table pasted as text has no grid, a portal page splits one
 * table into several or one cell over two, and a row label followed by its
 * numbers reads the same in all of them.
 */
import type { ParagraphBlock, SourceDocument } from "../document";

export interface Token {
  text: string;
  /** Inside a table of the source (never a section heading there). */
  inTable: boolean;
  align?: ParagraphBlock["align"];
  emphasis?: boolean;
  page?: number;
  /** Where a table cell sits in its table's grid (spans expanded): which table, row and first column, and its width. */
  grid?: { table: number; row: number; col: number; colSpan: number };
}

export function tokensOf(doc: SourceDocument): Token[] {
  const out: Token[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") {
      for (const line of b.text.split(/\n|\v/)) {
        const text = line.trim();
        if (text) out.push({ text, inTable: false, align: b.align, emphasis: b.emphasis, page: b.page });
      }
      continue;
    }
    const table = out.length;
    const taken: boolean[][] = [];
    b.rows.forEach((row, r) => {
      let col = 0;
      for (const cell of row.cells) {
        while (taken[r]?.[col]) col++;
        const colSpan = Math.max(1, cell.colSpan ?? 1);
        const rowSpan = Math.max(1, cell.rowSpan ?? 1);
        for (let rr = r; rr < Math.min(r + rowSpan, b.rows.length); rr++) {
          taken[rr] ??= [];
          for (let cc = col; cc < col + colSpan; cc++) taken[rr][cc] = true;
        }
        out.push({ text: cell.text.trim(), inTable: true, page: b.page, grid: { table, row: r, col, colSpan } });
        col += colSpan;
      }
    });
  }
  return out;
}
