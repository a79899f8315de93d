/**
 * A report's roll-up: the numbers of tables 二, 三 and 四, what the supervisor's totals add up.
 * Stored with an approved or published report, so the totals per level are sums of these small
 * arrays, not re-parses of every report. Summing roll-ups gives exactly what sumReports gives
 * on the reports themselves. Pure.
 *
 * Stored form: { "k": <the template's cell layout>, "n": [number | null, …] } with one entry per
 * input cell in the template's order — compact (a few hundred bytes) and quick to add. `k`
 * names the layout, so a roll-up written under another layout of the cells is recognised as
 * stale (and rebuilt from the report) instead of being added to the wrong cells.
 */
import { getTemplate, type FormatId } from "../template";
import { inputCells, type GridInput } from "../template/layout";
import { cellKey, getCell, setCell } from "./cells";
import { emptyReport } from "./empty";
import type { Report } from "./types";

export interface Rollup {
  k: string;
  n: (number | null)[];
}

/** The statuses whose reports count in the totals (what the supervisor has accepted). */
export const ROLLED_UP_STATUSES = ["approved", "published"] as const;

export function isRolledUp(status: string): boolean {
  return (ROLLED_UP_STATUSES as readonly string[]).includes(status);
}

const layouts = new Map<FormatId, { cells: GridInput[]; key: string }>();

/** The input cells of a format in their order, and a short name of that order (FNV-1a of the cell keys). */
function layout(format: FormatId) {
  let l = layouts.get(format);
  if (!l) {
    const cells = inputCells(getTemplate(format));
    let h = 0x811c9dc5;
    for (const ch of `${format}:${cells.map((c) => cellKey(c.ref)).join(",")}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    l = { cells, key: `${format}-${h.toString(36)}` };
    layouts.set(format, l);
  }
  return l;
}

/** The layout name a current roll-up of `format` carries. */
export function rollupLayout(format: FormatId): string {
  return layout(format).key;
}

export function rollupOf(report: Report): Rollup {
  const l = layout(report.format);
  return { k: l.key, n: l.cells.map((c) => getCell(report, c.ref)) };
}

/** Adds without binary fractions creeping in (money cells carry up to 4 decimals), as sumReports does. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 10_000) / 10_000;
}

/** Adds `b` into `sum` in place (both of one layout); a cell blank in both stays blank. */
export function addRollup(sum: (number | null)[], b: readonly (number | null)[]): void {
  for (let i = 0; i < b.length; i++) {
    const v = b[i];
    if (v === null || v === undefined) continue;
    const s = sum[i];
    sum[i] = s === null || s === undefined ? v : add(s, v);
  }
}

/** The sum as a report of the format (blank where no report had a number), for the totals tables. */
export function rollupReport(sum: readonly (number | null)[], opts: { year: number; format: FormatId; organName: string }): Report {
  const total = emptyReport({ year: opts.year, organName: opts.organName, format: opts.format, organKind: "county-government" });
  layout(opts.format).cells.forEach((c, i) => setCell(total, c.ref, sum[i] ?? null));
  return total;
}
