/**
 * Running heads: a line printed at the top of most pages (the report's title
 * or the organ's name as a page header) is page furniture, not text.
 */
import type { ReaderNote } from "../document";
import type { PageLayout } from "./page-layout";

/** Top share of the page where a running head sits. */
const HEAD_BAND = 0.09;

export function dropRunningHeads(pages: PageLayout[], notes: ReaderNote[]): void {
  if (pages.length < 3) return;
  const heads = pages.map((p) => new Set(p.lines.filter((l) => l.cy < p.height * HEAD_BAND).map((l) => l.text)));
  const counts = new Map<string, number>();
  heads.forEach((set) => set.forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1)));
  const repeated = new Set([...counts].filter(([, n]) => n >= Math.max(3, Math.ceil(pages.length / 2))).map(([t]) => t));
  if (!repeated.size) return;
  for (const p of pages) p.lines = p.lines.filter((l) => !(l.cy < p.height * HEAD_BAND && repeated.has(l.text)));
  notes.push({ message: `每页顶部重复的页眉“${[...repeated][0]}”已去掉` });
}
