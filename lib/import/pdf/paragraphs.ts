/**
 * Lines of running text into paragraphs, the way a reader of the printed page
 * sees them: a paragraph starts with a first-line indent (two characters in
 * the national template's body text), after a line that stops short of the
 * right margin (a heading such as 一、总体情况 on its own line, a paragraph's
 * last line), after a wide gap, or where the type changes (the title).
 * Centred or large lines of one size are one paragraph (a title wrapped over
 * two lines); right-aligned lines (落款 and date) are one paragraph each.
 */
import { median } from "./geometry";
import type { TextLine } from "./text-lines";

export interface PageLine extends TextLine {
  page: number;
}

/** Where running text sits on the page: the left margin, the right edge of full lines, the body size. */
export interface TextMeasure {
  left: number;
  right: number;
  size: number;
  /** Usual distance between the centres of two lines of a paragraph. */
  pitch: number;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0] ?? 0;
}

export function measureText(lines: PageLine[]): TextMeasure {
  const weighted = lines.flatMap((l) => Array(Math.max(1, l.glyphs.length >> 3)).fill(l) as PageLine[]);
  const size = mode(weighted.map((l) => l.size)) || 12;
  const body = lines.filter((l) => Math.abs(l.size - size) < 1.5);
  const left = mode(body.map((l) => l.x0));
  // Full lines end at the right margin; take the edge most body lines reach.
  const ends = body.map((l) => l.x1).sort((p, q) => p - q);
  const right = ends.length ? ends[Math.floor(ends.length * 0.85)] : left + 28 * size;
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const d = body[i].cy - body[i - 1].cy;
    if (body[i].page === body[i - 1].page && d > 0 && d < 3 * size) gaps.push(d);
  }
  return { left, right, size, pitch: gaps.length ? median(gaps) : 1.5 * size };
}

type Shape = "body" | "centred" | "right";

function shapeOf(line: TextLine, m: TextMeasure): Shape {
  const indent = line.x0 - m.left;
  const shortOfRight = m.right - line.x1;
  const centre = (line.x0 + line.x1) / 2;
  if (indent > 3 * line.size && Math.abs(centre - (m.left + m.right) / 2) < 1.5 * line.size && shortOfRight > 3 * line.size) return "centred";
  if (indent > 5 * line.size && shortOfRight < 2 * line.size) return "right";
  return "body";
}

export interface Paragraph {
  text: string;
  page: number;
  emphasis: boolean;
}

const joinLines = (a: string, b: string) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b);

/** One run of lines (between tables) into paragraphs. */
export function paragraphsOf(lines: PageLine[], m: TextMeasure): Paragraph[] {
  const out: Paragraph[] = [];
  let prev: { line: PageLine; shape: Shape } | undefined;
  for (const line of lines) {
    const shape = shapeOf(line, m);
    const large = line.size > m.size * 1.15;
    const emphasis = shape === "centred" || large;
    let starts = true;
    if (prev) {
      const p = prev.line;
      const samePage = p.page === line.page;
      const gap = samePage ? line.cy - p.cy : m.pitch;
      const indented = line.x0 - m.left >= 1.2 * line.size;
      const endedShort = m.right - p.x1 >= 1.5 * p.size;
      const sizeChanged = Math.abs(line.size - p.size) > 1.5;
      const wide = gap > 1.7 * Math.max(m.pitch, p.size);
      const bothLarge = large && p.size > m.size * 1.15;
      if (bothLarge || (prev.shape === "centred" && shape === "centred")) starts = sizeChanged || wide;
      else if (prev.shape !== "body" || shape !== "body") starts = true;
      else starts = indented || endedShort || sizeChanged || wide;
    }
    if (starts || !out.length) out.push({ text: line.text, page: line.page, emphasis });
    else out[out.length - 1].text = joinLines(out[out.length - 1].text, line.text);
    prev = { line, shape };
  }
  return out;
}
