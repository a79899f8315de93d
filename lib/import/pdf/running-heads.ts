/**
 * Running heads and feet: a line printed at the top or the foot of most pages
 * (the report's title or the organ's name, a draft mark, a portal's
 * footer) is page furniture, not text.
 */
import type { ReaderNote } from "../document";
import type { PageLayout } from "./page-layout";

/** Top and bottom share of the page where running heads and feet sit. */
const BAND = 0.09;

export function dropRunningHeads(pages: PageLayout[], notes: ReaderNote[]): void {
  if (pages.length < 3) return;
  const inBand = (p: PageLayout, cy: number) => cy < p.height * BAND || cy > p.height * (1 - BAND);
  const counts = new Map<string, number>();
  for (const p of pages) new Set(p.lines.filter((l) => inBand(p, l.cy)).map((l) => l.text)).forEach((t) => counts.set(t, (counts.get(t) ?? 0) + 1));
  const repeated = new Set([...counts].filter(([, n]) => n >= Math.max(3, Math.ceil(pages.length / 2))).map(([t]) => t));
  if (!repeated.size) return;
  for (const p of pages) p.lines = p.lines.filter((l) => !(inBand(p, l.cy) && repeated.has(l.text)));
  for (const text of repeated) notes.push({ message: `每页顶部或底部重复的页眉页脚“${text}”已去掉` });
}
