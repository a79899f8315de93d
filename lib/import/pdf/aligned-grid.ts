/**
 * One borderless table from its run of lines: numbers into the columns they
 * line up in, row labels (wrapped lines joined) beside their numbers, group
 * labels (（三）不予公开, the vertical 三、本年度办理结果) spanning their rows.
 */
import { clusterValues, median } from "./geometry";
import { ENUMERATED, FIRST_ITEM, type Piece } from "./aligned-pieces";
import type { PageTable, PlacedCell } from "./page-layout";
import type { TextLine } from "./text-lines";

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

/**
 * Column centres from the header lines above the first numbers: a single row
 * of numbers (table 四) with a blank in it cannot show its columns by itself,
 * but the narrow headers over each column (结果维持, 总计 …) can. Wide
 * headers spanning several columns (行政复议) are left out.
 */
function headerCentres(run: Piece[][], lines: TextLine[]): number[] {
  const first = run.findIndex((ps) => ps.some((p) => p.value));
  const centres: number[] = [];
  let size = 10;
  for (const header of lines.slice(0, Math.max(0, first))) {
    size = header.size;
    let from = header.glyphs[0];
    header.glyphs.forEach((g, i) => {
      const next = header.glyphs[i + 1];
      if (!next || next.x0 - g.x1 > 0.25 * g.size) {
        if (g.x1 - from.x0 <= 3 * g.size) centres.push((from.x0 + g.x1) / 2);
        if (next) from = next;
      }
    });
  }
  return clusterValues(centres, size);
}

export function tableOf(run: Piece[][], lines: TextLine[], page: number): PageTable {
  const all = run.flat();
  const size = median(all.map((p) => (p.x1 - p.x0) / Math.max(1, Array.from(p.text).length))) || 10;
  const valuePieces = all.filter((p) => p.value);
  const firstValueX = Math.min(...valuePieces.map((p) => p.x0));
  let centres = clusterValues(
    valuePieces.filter((p) => p.x0 >= firstValueX - size).map((p) => (p.x0 + p.x1) / 2),
    1.5 * size,
  );
  const numberRows = run.filter((ps) => ps.some((p) => p.value));
  if (numberRows.length === 1) {
    const fromHeader = headerCentres(run, lines).filter((c) => c >= firstValueX - size);
    if (fromHeader.length > centres.length) centres = fromHeader;
  }
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
    } else if (!seenData) {
      // The header above the numbers, its lines interleaved without rulings, as one cell.
      const head = rows.find((r) => r.across !== undefined && r.values.length === 0);
      const text = rest.map((p) => p.text).join("");
      if (head) head.across += text;
      else rows.push({ cy: ps[0].cy, values: [], across: text });
    }
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
