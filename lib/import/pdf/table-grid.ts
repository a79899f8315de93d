/**
 * Tables from rulings: borders that touch each other form one table; the
 * distinct border positions cut it into a grid, and grid squares with no
 * border between them are one merged cell (a colSpan/rowSpan of the source).
 */
import { clusterValues, type Rect, type Segment } from "./geometry";

/** Border positions closer than this are one border (double lines, rounding). */
const SAME_LINE = 2.5;
/** How near a line's end must come to another line to touch it. */
const TOUCH = 3;
/** A border separates two squares when it covers this share of their common edge. */
const COVERS = 0.6;
/** Smallest table worth the name: narrower/lower ones are underlines or boxes. */
const MIN_SIDE = 12;

export interface GridCell extends Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface RuledTable extends Rect {
  /** Grid lines: `xs.length - 1` columns, `ys.length - 1` rows. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

/** Collinear pieces that overlap or nearly meet, as one line. */
function mergeCollinear(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const dir of ["h", "v"] as const) {
    const list = segments.filter((s) => s.dir === dir).sort((p, q) => p.pos - q.pos || p.a - q.a);
    const rows: Segment[][] = [];
    for (const s of list) {
      const row = rows.find((r) => Math.abs(r[0].pos - s.pos) <= SAME_LINE / 2);
      if (row) row.push(s);
      else rows.push([s]);
    }
    for (const row of rows) {
      row.sort((p, q) => p.a - q.a);
      let cur = { ...row[0] };
      for (const s of row.slice(1)) {
        if (s.a <= cur.b + TOUCH) cur.b = Math.max(cur.b, s.b);
        else {
          out.push(cur);
          cur = { ...s };
        }
      }
      out.push(cur);
    }
  }
  return out;
}

const touches = (h: Segment, v: Segment) => v.pos >= h.a - TOUCH && v.pos <= h.b + TOUCH && h.pos >= v.a - TOUCH && h.pos <= v.b + TOUCH;

/** Share of [from, to] that the lines at `pos` (direction `dir`) cover. */
function coverage(lines: Segment[], pos: number, from: number, to: number): number {
  let covered = 0;
  for (const s of lines) {
    if (Math.abs(s.pos - pos) > SAME_LINE) continue;
    covered += Math.max(0, Math.min(to, s.b) - Math.max(from, s.a));
  }
  return to > from ? covered / (to - from) : 1;
}

function gridOf(hs: Segment[], vs: Segment[]): RuledTable | null {
  const xs = clusterValues(vs.map((s) => s.pos), SAME_LINE);
  const ys = clusterValues(hs.map((s) => s.pos), SAME_LINE);
  if (xs.length < 2 || ys.length < 2) return null;
  const x0 = xs[0];
  const x1 = xs[xs.length - 1];
  const y0 = ys[0];
  const y1 = ys[ys.length - 1];
  if (x1 - x0 < MIN_SIDE || y1 - y0 < MIN_SIDE) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Union-find over grid squares: join neighbours with no border between them.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (i: number, j: number) => void (parent[find(i)] = find(j));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(vs, xs[c + 1], ys[r], ys[r + 1]) < COVERS) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && coverage(hs, ys[r + 1], xs[c], xs[c + 1]) < COVERS) join(r * cols + c, (r + 1) * cols + c);
    }
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        b.r1 = Math.max(b.r1, r);
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
      }
    }
  // A merged region that is not a rectangle (a border missing in the middle) is
  // taken as its bounding box; squares it swallows from other cells go to it.
  const taken = new Set<number>();
  const cells: GridCell[] = [];
  for (const b of [...boxes.values()].sort((p, q) => p.r0 - q.r0 || p.c0 - q.c0)) {
    const squares: number[] = [];
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) squares.push(r * cols + c);
    if (squares.every((s) => taken.has(s))) continue;
    squares.forEach((s) => taken.add(s));
    cells.push({ row: b.r0, col: b.c0, rowSpan: b.r1 - b.r0 + 1, colSpan: b.c1 - b.c0 + 1, x0: xs[b.c0], x1: xs[b.c1 + 1], y0: ys[b.r0], y1: ys[b.r1 + 1] });
  }
  return { xs, ys, cells, x0, x1, y0, y1 };
}

/** The ruled tables of one page, top to bottom. */
export function ruledTables(segments: Segment[]): RuledTable[] {
  const lines = mergeCollinear(segments);
  const hs = lines.filter((s) => s.dir === "h");
  const vs = lines.filter((s) => s.dir === "v");
  // Connected components of touching horizontal and vertical lines.
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(hs.length + j);
    }),
  );
  const groups = new Map<number, Segment[]>();
  all.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const t = gridOf(
      group.filter((s) => s.dir === "h"),
      group.filter((s) => s.dir === "v"),
    );
    if (t && t.cells.length > 1) tables.push(t);
  }
  return tables.sort((p, q) => p.y0 - q.y0);
}
