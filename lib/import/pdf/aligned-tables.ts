/**
 * Tables printed without rulings (borders switched off, or typed into a
 * borderless table): read by alignment. A run of lines made of pieces with
 * wide gaps between them is a table. Numbers line up in columns down the run,
 * so each number lands in its column and a missing one is a blank cell. Row
 * labels line up at a few left edges (the template's label columns): a
 * label's wrapped second line joins its row; text at an outer edge beside
 * several rows (（三）不予公开, the vertical 三、本年度办理结果 one character per
 * line) is one cell spanning those rows. The reading is less certain than
 * from rulings, and a note says so.
 */
import type { ReaderNote } from "../document";
import { piecesOf, type Piece } from "./aligned-pieces";
import { tableOf } from "./aligned-grid";
import type { PageLayout, PageTable } from "./page-layout";
import type { TextLine } from "./text-lines";

const isTabular = (pieces: Piece[]) => pieces.length >= 2;

export function alignedTables(page: PageLayout, notes: ReaderNote[]): { tables: PageTable[]; consumed: Set<TextLine> } {
  const consumed = new Set<TextLine>();
  const tables: PageTable[] = [];
  const lines = page.lines;
  const pieces = lines.map(piecesOf);
  const tight = (a: number, b: number) => lines[b].cy - lines[a].cy <= 2.6 * lines[b].size;
  for (let i = 0; i < lines.length; i++) {
    if (!isTabular(pieces[i]) || !pieces[i].some((p) => p.value)) continue;
    // The run: back over the header lines just above, then on while lines stay
    // close together and a tabular line follows within a few lines.
    let start = i;
    const sameType = (k: number) => Math.abs(lines[k].size - lines[i].size) < 1;
    while (start > 0 && tight(start - 1, start) && sameType(start - 1) && (isTabular(pieces[start - 1]) || lines[start - 1].x1 - lines[start - 1].x0 < page.width / 2)) start--;
    let end = i;
    for (let j = i + 1; j < lines.length && tight(j - 1, j); j++) {
      if (isTabular(pieces[j])) end = j;
      else if (![1, 2, 3, 4].some((k) => j + k < lines.length && isTabular(pieces[j + k]) && tight(j + k - 1, j + k))) break;
    }
    // A last row of blanks: label text in the table's type just below.
    while (end + 1 < lines.length && tight(end, end + 1) && sameType(end + 1) && lines[end + 1].x1 - lines[end + 1].x0 < page.width / 2 && !lines[end + 1].text.match(/^[一二三四五六七八九十]+、/)) end++;
    const run = pieces.slice(start, end + 1);
    const numbered = run.filter((p) => isTabular(p) && p.some((x) => x.value));
    // Two rows with numbers, or one long row of them (table 四 has a single row).
    if (numbered.length >= 2 || numbered.some((p) => p.filter((x) => x.value).length >= 5)) {
      tables.push(tableOf(run, lines.slice(start, end + 1), page.page));
      lines.slice(start, end + 1).forEach((l) => consumed.add(l));
      notes.push({ page: page.page, message: `第${page.page}页有一张表格没有框线，按文字对齐读取，请核对各数字所在的列` });
    }
    i = end;
  }
  return { tables, consumed };
}

