/**
 * The district's totals: tables 二, 三 and 四 summed cell by cell over several
 * reports of the same format (the supervisor's overview of approved reports).
 * A blank cell counts as nothing; a cell blank in every report stays blank. Pure.
 */
import { getTemplate, type FormatId } from "../template";
import { inputCells } from "../template/layout";
import { getCell, setCell } from "./cells";
import { emptyReport } from "./empty";
import type { Report } from "./types";

export interface TotalsResult {
  report: Report;
  /** How many reports went into the sum. */
  count: number;
  /** Reports left out because their format differs. */
  skipped: number;
}

/** Adds without binary fractions creeping in (money cells carry up to 4 decimals: 万元 as published, e.g. 75.9260). */
function add(a: number, b: number): number {
  return Math.round((a + b) * 10_000) / 10_000;
}

export function sumReports(reports: Report[], opts: { year: number; format: FormatId; organName: string }): TotalsResult {
  const t = getTemplate(opts.format);
  const total = emptyReport({ year: opts.year, organName: opts.organName, format: opts.format, organKind: "county-government" });
  const cells = inputCells(t);
  for (const c of cells) setCell(total, c.ref, null);
  let count = 0;
  let skipped = 0;
  for (const r of reports) {
    if (r.format !== opts.format) {
      skipped++;
      continue;
    }
    count++;
    for (const c of cells) {
      const v = getCell(r, c.ref);
      if (v === null) continue;
      const sum = getCell(total, c.ref);
      setCell(total, c.ref, sum === null ? v : add(sum, v));
    }
  }
  return { report: total, count, skipped };
}
