/**
 * The shapes the PDF reader works with, all in page points with the origin at
 * the top-left corner and y growing downwards (reading order), whatever the
 * PDF's own coordinate system.
 */

/** One character as printed: where its centre is and how big it is. */
export interface Glyph {
  ch: string;
  /** Left and right edge along the line. */
  x0: number;
  x1: number;
  /** Centre, used to decide which cell a character belongs to. */
  cx: number;
  cy: number;
  /** Font size (em height), the unit for gaps and indents. */
  size: number;
}

/** A horizontal or vertical ruling: a table border or a cell edge. */
export interface Segment {
  /** "h": y is fixed, from a to b along x; "v": x is fixed, from a to b along y. */
  dir: "h" | "v";
  pos: number;
  a: number;
  b: number;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const contains = (r: Rect, x: number, y: number, slack = 0) =>
  x >= r.x0 - slack && x <= r.x1 + slack && y >= r.y0 - slack && y <= r.y1 + slack;

/** 2-D affine matrix [a b c d e f] as PDF writes it; `multiply(m, n)` applies m first, then n. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Median of a non-empty list (sorts a copy). */
export function median(values: number[]): number {
  const s = [...values].sort((p, q) => p - q);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

/** The values grouped where neighbours (sorted) lie within `tolerance`; each group's mean. */
export function clusterValues(values: number[], tolerance: number): number[] {
  const s = [...values].sort((p, q) => p - q);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of s) {
    if (group.length && v - group[group.length - 1] > tolerance) {
      out.push(group.reduce((p, q) => p + q, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((p, q) => p + q, 0) / group.length);
  return out;
}
