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

/**
 * The usual font size of a run of glyphs: the most common (to half a point),
 * the one seen first on a tie. Kept as glyphs are added, so that grouping a
 * page into lines does not count the line so far again for every glyph.
 */
class SizeTally {
  private counts = new Map<number, { count: number; order: number }>();
  private best = 0;
  private bestCount = 0;
  private bestOrder = 0;

  add(size: number) {
    const key = Math.round(size * 2) / 2;
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { count: 0, order: this.counts.size };
      this.counts.set(key, entry);
    }
    entry.count++;
    if (entry.count > this.bestCount || (entry.count === this.bestCount && entry.order < this.bestOrder)) {
      this.best = key;
      this.bestCount = entry.count;
      this.bestOrder = entry.order;
    }
  }

  get usual(): number {
    return this.best;
  }
}

const sizeOf = (glyphs: Glyph[]) => {
  const tally = new SizeTally();
  for (const g of glyphs) tally.add(g.size);
  return tally.usual;
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
  let tally = new SizeTally();
  let top = 0;
  for (const g of sorted) {
    if (current.length && g.cy - top > 0.55 * Math.min(g.size, tally.usual)) {
      lines.push(current);
      current = [];
      tally = new SizeTally();
    }
    if (!current.length) top = g.cy;
    current.push(g);
    tally.add(g.size);
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
