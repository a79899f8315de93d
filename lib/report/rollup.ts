/**
 * A report's roll-up: the filled cells of tables 二, 三 and 四 as { "<cell key>": number },
 * what the supervisor's totals add up. Stored with an approved or published report, so the
 * totals per level are sums of these small objects, not re-parses of every report. Summing
 * roll-ups gives exactly what sumReports gives on the reports themselves. Pure.
 */
import { getTemplate, type FormatId } from "../template";
import { inputCells } from "../template/layout";
import { cellKey, getCell, parseCellKey, setCell } from "./cells";
import { emptyReport } from "./empty";
import type { Report } from "./types";

export type Rollup = Record<string, number>;

/** The statuses whose reports count in the totals (what the supervisor has accepted). */
export const ROLLED_UP_STATUSES = ["approved", "published"] as const;

export function isRolledUp(status: string): boolean {
  return (ROLLED_UP_STATUSES as readonly string[]).includes(status);
}

export function rollupOf(report: Report): Rollup {
  const out: Rollup = {};
  for (const c of inputCells(getTemplate(report.format))) {
    const v = getCell(report, c.ref);
    if (v !== null) out[cellKey(c.ref)] = v;
  }
  return out;
}

/** Adds without binary fractions creeping in (money cells carry up to 4 decimals), as sumReports does. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 10_000) / 10_000;
}

/** Adds `b` into `a` in place. */
export function addRollup(a: Rollup, b: Rollup): Rollup {
  for (const [k, v] of Object.entries(b)) a[k] = k in a ? add(a[k], v) : v;
  return a;
}

/** The sum as a report of the year's format (blank where no report had a number), for the totals tables. */
export function rollupReport(sum: Rollup, opts: { year: number; format: FormatId; organName: string }): Report {
  const total = emptyReport({ year: opts.year, organName: opts.organName, format: opts.format, organKind: "county-government" });
  for (const c of inputCells(getTemplate(opts.format))) setCell(total, c.ref, null);
  for (const [k, v] of Object.entries(sum)) {
    const ref = parseCellKey(k);
    if (ref) setCell(total, ref, v);
  }
  return total;
}
