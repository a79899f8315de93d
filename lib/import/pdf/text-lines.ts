/**
 * Characters into lines and lines into text. Chinese is written without
 * spaces, so a line's characters are joined as they stand; a space is kept
 * only where the gap between two Latin letters or digits shows one.
 */
import type { Glyph } from "./geometry";

export interface TextLine {
  glyphs: Glyph[];
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre of the line. */
  cy: number;
  /** The line's usual font size. */
  size: number;
}

const LATIN = /[A-Za-z0-9%.,:;@/()+\-]/;

/** Glyphs of one line, left to right, as text. */
export function joinGlyphs(glyphs: Glyph[]): string {
  let text = "";
  let prev: Glyph | undefined;
  for (const g of glyphs) {
    if (prev && LATIN.test(prev.ch) && LATIN.test(g.ch) && g.x0 - prev.x1 > 0.3 * Math.min(prev.size, g.size)) text += " ";
    text += g.ch;
    prev = g;
  }
  return text;
}

const sizeOf = (glyphs: Glyph[]) => {
  const counts = new Map<number, number>();
  for (const g of glyphs) counts.set(Math.round(g.size * 2) / 2, (counts.get(Math.round(g.size * 2) / 2) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1])[0][0];
};

export function lineOf(glyphs: Glyph[]): TextLine {
  const sorted = [...glyphs].sort((p, q) => p.cx - q.cx);
  return {
    glyphs: sorted,
    text: joinGlyphs(sorted),
    x0: Math.min(...sorted.map((g) => g.x0)),
    x1: Math.max(...sorted.map((g) => g.x1)),
    cy: sorted.reduce((s, g) => s + g.cy, 0) / sorted.length,
    size: sizeOf(sorted),
  };
}

/**
 * Glyphs grouped into lines by their vertical centre, top to bottom. Digits in
 * a larger font beside smaller labels (WPS tables) still share the line.
 */
export function linesOf(glyphs: Glyph[]): TextLine[] {
  const sorted = [...glyphs].sort((p, q) => p.cy - q.cy);
  const lines: Glyph[][] = [];
  let current: Glyph[] = [];
  let top = 0;
  for (const g of sorted) {
    if (current.length && g.cy - top > 0.55 * Math.min(g.size, sizeOf(current))) {
      lines.push(current);
      current = [];
    }
    if (!current.length) top = g.cy;
    current.push(g);
  }
  if (current.length) lines.push(current);
  return lines.map(lineOf);
}

/**
 * A cell's text: its lines joined without a break, because a label that wraps
 * inside a narrow cell (or "三、本年度办理结果" printed one character per line)
 * is one label. Latin words split over two lines keep a space between them.
 */
export function cellText(glyphs: Glyph[]): string {
  let text = "";
  for (const line of linesOf(glyphs)) {
    if (text && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line.text)) text += " ";
    text += line.text;
  }
  return text;
}
