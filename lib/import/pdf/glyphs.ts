/**
 * The text layer as single characters at their printed positions. WPS writes
 * table cells in any order and splits runs anywhere, so everything after this
 * works from positions, never from the order of the content stream.
 */
import type { TextContent, TextItem } from "pdfjs-dist/types/src/display/api";
import type { Glyph } from "./geometry";

/** Rough advance of a character in ems: CJK and full-width forms are square, Latin about half. */
const advance = (ch: string) => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F\u2014\u2026\u201C\u201D\u2018\u2019]/u.test(ch) ? 1 : 0.5);

/**
 * Every non-blank character of the page, its position interpolated along its
 * text item (the item's width shared out by advance). `pageTop` (the top of the page box) flips the
 * PDF's upward y into reading order.
 */
export function glyphsOf(content: TextContent, pageTop: number, pageLeft: number): Glyph[] {
  const out: Glyph[] = [];
  for (const raw of content.items) {
    if (!("str" in raw)) continue;
    const item = raw as TextItem;
    const chars = Array.from(item.str);
    if (!chars.some((c) => c.trim())) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const scale = Math.hypot(a, b) || 1;
    const size = Math.hypot(c, d) || item.height || scale;
    // Direction of writing in reading coordinates (PDF y points up).
    const ux = a / scale;
    const uy = -b / scale;
    const units = chars.reduce((s, ch) => s + advance(ch), 0);
    const length = item.width > 0 ? item.width : units * size;
    const perUnit = units ? length / units : 0;
    // The glyph box's centre sits about a third of an em above the baseline.
    const nx = -uy;
    const ny = ux;
    const lift = -0.35 * size;
    const ox = e - pageLeft;
    const oy = pageTop - f;
    let along = 0;
    for (const ch of chars) {
      const w = advance(ch) * perUnit;
      if (ch.trim()) {
        const mid = along + w / 2;
        const cx = ox + ux * mid + nx * lift;
        const cy = oy + uy * mid + ny * lift;
        out.push({ ch, x0: cx - w / 2, x1: cx + w / 2, cx, cy, size });
      }
      along += w;
    }
  }
  return out;
}
