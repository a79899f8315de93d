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
import { clusterValues, median, type Glyph } from "./geometry";
import type { PageLayout, PageTable, PlacedCell } from "./page-layout";
import { joinGlyphs, type TextLine } from "./text-lines";

/** A gap of this many ems between two characters separates two cells. */
const CELL_GAP = 0.8;
/** A value as tables print it: a count, money, a signed change, or a dash/slash for none. */
const VALUE = /^([-+]?\d[\d,，.]*\s*(%|万元|元)?|[—–\-/／])$/;
/** The start of a row label: 一、 （一） 1. 1、 */
const ENUMERATED = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d))/;
const FIRST_ITEM = /^1[.、．](?!\d)/;

interface Piece {
  text: string;
  x0: number;
  x1: number;
  cy: number;
  value: boolean;
}

/** Where a label starts (（三） 4. 4、): a smaller gap before it already separates two cells. */
const startsLabel = (glyphs: Glyph[], i: number) => glyphs[i].ch === "（" || (/\d/.test(glyphs[i].ch) && /[.、．]/.test(glyphs[i + 1]?.ch ?? ""));

function piecesOf(line: TextLine): Piece[] {
  const groups: Glyph[][] = [];
  line.glyphs.forEach((g, i) => {
    const last = groups[groups.length - 1];
    const gap = last ? g.x0 - last[last.length - 1].x1 : Infinity;
    const limit = (startsLabel(line.glyphs, i) ? 0.3 : CELL_GAP) * Math.min(g.size, line.size);
    if (last && gap < limit) last.push(g);
    else groups.push([g]);
  });
  return groups.map((gs) => {
    // Characters stacked in one narrow column (vertical text) read top to bottom.
    const stacked = gs.length > 1 && gs[gs.length - 1].x1 - gs[0].x0 < 1.5 * gs[0].size;
    const ordered = stacked ? [...gs].sort((p, q) => p.cy - q.cy) : gs;
    const text = stacked ? ordered.map((g) => g.ch).join("") : joinGlyphs(ordered);
    return { text, x0: gs[0].x0, x1: gs[gs.length - 1].x1, cy: gs.reduce((s, g) => s + g.cy, 0) / gs.length, value: VALUE.test(text) };
  });
}

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
      tables.push(tableOf(run, page.page));
      lines.slice(start, end + 1).forEach((l) => consumed.add(l));
      notes.push({ page: page.page, message: `第${page.page}页有一张表格没有框线，按文字对齐读取，请核对各数字所在的列` });
    }
    i = end;
  }
  return { tables, consumed };
}

/** A row label (leaf) or a group label beside several rows: label text at one edge, top to bottom. */
interface LabelBlock {
  level: number;
  pieces: Piece[];
  top: number;
  bottom: number;
  cy: number;
}

interface Row {
  cy: number;
  leaf?: LabelBlock;
  values: Piece[];
  /** A header or caption line: one cell across the table. */
  across?: string;
}

const blockText = (b: LabelBlock) => b.pieces.map((p) => p.text).join("");

function tableOf(run: Piece[][], page: number): PageTable {
  const all = run.flat();
  const size = median(all.map((p) => (p.x1 - p.x0) / Math.max(1, Array.from(p.text).length))) || 10;
  const valuePieces = all.filter((p) => p.value);
  const firstValueX = Math.min(...valuePieces.map((p) => p.x0));
  const centres = clusterValues(
    valuePieces.filter((p) => p.x0 >= firstValueX - size).map((p) => (p.x0 + p.x1) / 2),
    1.5 * size,
  );
  const x0 = Math.min(...all.map((p) => p.x0));
  const x1 = Math.max(...all.map((p) => p.x1));
  const middle = (x0 + x1) / 2;

  // Header lines above the first numbers, and captions centred across the table, are rows of one cell.
  const rows: Row[] = [];
  const labels: Piece[] = [];
  let seenData = false;
  for (const ps of run) {
    const values = ps.filter((p) => p.value && p.x0 >= firstValueX - size);
    const rest = ps.filter((p) => !values.includes(p));
    if (values.length) {
      seenData = true;
      rows.push({ cy: values.reduce((s, v) => s + v.cy, 0) / values.length, values });
      labels.push(...rest);
    } else if (!seenData) rows.push({ cy: ps[0].cy, values: [], across: rest.map((p) => p.text).join("") });
    else if (rest.length === 1 && Math.abs((rest[0].x0 + rest[0].x1) / 2 - middle) < 2 * size && rest[0].x0 > x0 + 2 * size) rows.push({ cy: rest[0].cy, values: [], across: rest[0].text });
    else if (rest.length >= 2 && rest.some((p) => p.x0 >= firstValueX - size)) rows.push({ cy: ps[0].cy, values: [], across: rest.map((p) => p.text).join("") });
    else labels.push(...rest);
  }
  const data = rows.filter((r) => !r.across);

  // Label text into blocks: a label's lines (wrapped, or one character per line)
  // stay together while they follow closely below each other and overlap in x.
  // Line spacing from all the table's lines; row spacing from its rows of numbers (far apart in table 二).
  const lineGap = median(run.slice(1).map((ps, k) => ps[0].cy - run[k][0].cy).filter((d) => d > 0.5 * size)) || 1.5 * size;
  const rowGap = Math.min(median(data.slice(1).map((r, k) => r.cy - data[k].cy).filter((d) => d > 0)) || 2 * lineGap, 2.5 * lineGap);
  const blocks: LabelBlock[] = [];
  for (const p of [...labels].sort((a, b) => a.cy - b.cy || a.x0 - b.x0)) {
    const mid = (p.x0 + p.x1) / 2;
    const last = [...blocks].reverse().find((b) => {
      const bx0 = Math.min(...b.pieces.map((q) => q.x0));
      const bx1 = Math.max(...b.pieces.map((q) => q.x1));
      return mid >= bx0 - size && mid <= bx1 + size && (p.x0 >= bx0 - size || p.x1 <= bx1 + size);
    });
    // Two lines each level with a row of numbers, with no label text beside them, are two
    // labels; single characters one below the other are vertical text.
    const levelWithRow = (q: Piece) => data.some((r) => Math.abs(r.cy - q.cy) <= 0.3 * lineGap);
    const stacked = Array.from(p.text).length === 1 && last?.pieces.every((q) => Array.from(q.text).length === 1);
    const alone = (q: Piece) => !labels.some((o) => o !== q && Math.abs(o.cy - q.cy) <= 0.3 * lineGap && o.x0 > q.x1);
    const tail = last?.pieces[last.pieces.length - 1];
    const ownRows = tail && !stacked && alone(tail) && alone(p) && levelWithRow(tail) && levelWithRow(p);
    if (last && !ownRows && p.cy - last.bottom <= 1.6 * lineGap && p.cy > last.bottom && !ENUMERATED.test(p.text)) {
      last.pieces.push(p);
      last.bottom = p.cy;
      last.cy = (last.top + last.bottom) / 2;
    } else blocks.push({ level: 0, pieces: [p], top: p.cy, bottom: p.cy, cy: p.cy });
  }
  const left = (b: LabelBlock) => Math.min(...b.pieces.map((q) => q.x0));
  const right = (b: LabelBlock) => Math.max(...b.pieces.map((q) => q.x1));
  // A block with other label text right beside it (（三）不予公开, 三、本年度办理结果) is a group; the others are row labels.
  const beside = (b: LabelBlock) => blocks.filter((o) => o !== b && left(o) >= right(b) - 1 && o.top <= b.bottom + 0.4 * lineGap && o.bottom >= b.top - 0.4 * lineGap).length;
  const groups = blocks.filter((b) => (b.pieces.length >= 2 && beside(b) >= 1) || beside(b) >= 2);
  const leaves = blocks.filter((b) => !groups.includes(b));
  // Group edges, left to right, are the label columns before the row labels.
  const levels = clusterValues(groups.map(left), 1.5 * size);
  const levelAt = (x: number) => levels.reduce((best, v, k) => (Math.abs(v - x) < Math.abs(levels[best] - x) ? k : best), 0);
  for (const g of groups) g.level = levelAt(left(g));
  for (const l of leaves) l.level = levels.filter((v) => v < left(l) - size).length;
  // Each row label takes the numbers printed level with it; a label with none is a row of blanks.
  const free = new Set(data);
  for (const leaf of [...leaves].sort((a, b) => a.cy - b.cy)) {
    const near = [...free].filter((r) => Math.abs(r.cy - leaf.cy) <= 0.6 * rowGap).sort((a, b) => Math.abs(a.cy - leaf.cy) - Math.abs(b.cy - leaf.cy))[0];
    if (near) {
      near.leaf = leaf;
      free.delete(near);
    } else rows.push({ cy: leaf.cy, leaf, values: [] });
  }
  rows.sort((a, b) => a.cy - b.cy);

  const spans = groupRows(groups, rows);
  // A table with no row labels at all (table 四) has no label column.
  const labelColumns = labels.length ? levels.length + 1 : 0;
  const columns = labelColumns + centres.length;
  const cells: PlacedCell[] = [];
  rows.forEach((r, index) => {
    const base = { row: index, rowSpan: 1, y0: r.cy - size / 2, y1: r.cy + size / 2 };
    if (r.across !== undefined) {
      cells.push({ ...base, col: 0, colSpan: columns, x0, x1, text: r.across });
      return;
    }
    const own = r.leaf?.level ?? 0;
    let first = 0;
    while (first < own) {
      const g = spans.find((s) => s.group.level === first && s.rows.includes(r));
      if (!g) break;
      if (g.rows[0] === r) cells.push({ ...base, col: first, colSpan: 1, rowSpan: g.rows.length, x0: levels[first], x1: levels[first + 1] ?? firstValueX - 2, text: blockText(g.group) });
      first++;
    }
    if (labelColumns) cells.push({ ...base, col: first, colSpan: labelColumns - first, x0: first ? levels[first] : x0, x1: firstValueX - 1, text: r.leaf ? blockText(r.leaf) : "" });
    centres.forEach((c, k) => {
      const value = r.values.find((v) => Math.abs((v.x0 + v.x1) / 2 - c) <= 1.5 * size);
      cells.push({ ...base, col: labelColumns + k, colSpan: 1, x0: c - 1, x1: c + 1, text: value?.text ?? "" });
    });
  });
  const xs = [x0, ...levels.slice(1), firstValueX - 1, ...centres.slice(1).map((c, k) => (c + centres[k]) / 2), x1];
  return { page, xs, ys: [...rows.map((r) => r.cy - size / 2), rows[rows.length - 1].cy + size / 2], x0, x1, y0: rows[0].cy - size, y1: rows[rows.length - 1].cy + size, cells };
}

/**
 * The rows a group label stands beside: the unbroken run of rows whose labels
 * sit right of its edge, around it. Two groups in one run (（三） and （四））
 * divide it where the numbering of the rows starts again at 1.
 */
function groupRows(groups: LabelBlock[], rows: Row[]): { group: LabelBlock; rows: Row[] }[] {
  const out: { group: LabelBlock; rows: Row[] }[] = [];
  const body = rows.filter((r) => r.across === undefined);
  for (const level of [...new Set(groups.map((g) => g.level))]) {
    const runs: Row[][] = [];
    body.forEach((r, i) => {
      if ((r.leaf?.level ?? -1) <= level) return;
      const last = runs[runs.length - 1];
      if (last && body.indexOf(last[last.length - 1]) === i - 1) last.push(r);
      else runs.push([r]);
    });
    for (const run of runs) {
      const mine = groups.filter((g) => g.level === level && g.bottom >= run[0].cy - 12 && g.top <= run[run.length - 1].cy + 12);
      if (!mine.length) continue;
      let parts: Row[][] = [run];
      if (mine.length > 1) {
        parts = [];
        for (const r of run) {
          if (!parts.length || (FIRST_ITEM.test(r.leaf ? blockText(r.leaf) : "") && parts[parts.length - 1].length)) parts.push([r]);
          else parts[parts.length - 1].push(r);
        }
      }
      for (const g of mine) {
        const part = parts.find((p) => g.cy >= p[0].cy - 12 && g.cy <= p[p.length - 1].cy + 12) ?? parts[0];
        if (!out.some((o) => o.rows === part)) out.push({ group: g, rows: part });
      }
    }
  }
  return out;
}
