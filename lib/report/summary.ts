/**
 * The county's summary of tables 二, 三 and 四: for every cell of the template, the
 * total over the chosen units' reports and, beside it, each unit's own figure (the
 * breakdown a supervisor checks a total against). Reports of another format than the
 * year's are left out and counted. Pure.
 */
import { getTemplate, type FormatId, type TableId } from "../template";
import { inputCells, tableGrid } from "../template/layout";
import { getCell } from "./cells";
import { fillDerived } from "./fill-derived";
import type { Report } from "./types";

export interface SummaryUnit {
  name: string;
  report: Report;
}

export interface SummaryLine {
  /** The template's words for the cell (row and column). */
  name: string;
  derived: boolean;
  total: number | null;
  /** One per unit, in the order of `units`. */
  values: (number | null)[];
}

export interface SummaryTable {
  table: TableId;
  title: string;
  lines: SummaryLine[];
}

export interface Summary {
  year: number;
  format: FormatId;
  units: string[];
  tables: SummaryTable[];
  skipped: number;
}

const TABLES: readonly TableId[] = ["proactive", "requests", "appeals"];

/** Adds without binary fractions creeping in (money cells carry up to 4 decimals). */
function add(a: number, b: number): number {
  return Math.round((a + b) * 10_000) / 10_000;
}

export function summarize(units: SummaryUnit[], year: number, format: FormatId): Summary {
  const t = getTemplate(format);
  const kept = units.filter((u) => u.report.format === format).map((u) => ({ name: u.name, report: fillDerived(u.report) }));
  const cells = inputCells(t);
  const tables = TABLES.map((table) => ({
    table,
    title: tableGrid(t, table).title,
    lines: cells
      .filter((c) => c.ref.table === table)
      .map((c) => {
        const values = kept.map((u) => getCell(u.report, c.ref));
        const total = values.reduce<number | null>((s, v) => (v === null ? s : s === null ? v : add(s, v)), null);
        return { name: c.name, derived: c.derived, total, values };
      }),
  }));
  return { year, format, units: kept.map((u) => u.name), tables, skipped: units.length - kept.length };
}
