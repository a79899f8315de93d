/**
 * A line of a borderless table cut into its pieces: runs of characters with
 * no wide gap between them (a label, a number, a header). What a value and
 * a row label's start look like in the national template's tables.
 */
import type { Glyph } from "./geometry";
import { joinGlyphs, type TextLine } from "./text-lines";

/** A gap of this many ems between two characters separates two cells. */
const CELL_GAP = 0.8;
/** A value as tables print it: a count, money, a signed change, or a dash/slash for none. */
export const VALUE = /^([-+]?\d[\d,，.]*\s*(%|万元|元)?|[—–\-/／])$/;
/** The start of a row label: 一、 （一） 1. 1、 */
export const ENUMERATED = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d))/;
/** The first item of a group (1. 1、): its numbering starts again. */
export const FIRST_ITEM = /^1[.、．](?!\d)/;

export interface Piece {
  text: string;
  x0: number;
  x1: number;
  cy: number;
  value: boolean;
}

/** Where a label starts (（三） 4. 4、): a smaller gap before it already separates two cells. */
const startsLabel = (glyphs: Glyph[], i: number) => glyphs[i].ch === "（" || (/\d/.test(glyphs[i].ch) && /[.、．]/.test(glyphs[i + 1]?.ch ?? ""));

export function piecesOf(line: TextLine): Piece[] {
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

