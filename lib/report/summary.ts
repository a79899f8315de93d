/**
 * The summary of tables 二, 三 and 四 a supervisor checks totals against: for every cell of
 * the template, the total and, beside it, one figure per column — a unit's own, or a sub-area's
 * sum over its units (the summary per level). Columns are roll-ups (lib/report/rollup.ts), so
 * a level of 35,000 units adds small arrays instead of re-reading reports. Reports of another
 * format than the year's are left out and counted. Pure.
 */
import { getTemplate, type FormatId, type TableId } from "../template";
import { inputCells, tableGrid } from "../template/layout";
import { fillDerived } from "./fill-derived";
import { addRollup, rollupOf } from "./rollup";
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
  /** The columns' headings, in order. */
  units: string[];
  tables: SummaryTable[];
  skipped: number;
}

/** One column: its heading and the roll-up numbers (the format's input cells in the template's order) of what it sums. */
export interface SummaryColumn {
  name: string;
  n: readonly (number | null)[];
}

const TABLES: readonly TableId[] = ["proactive", "requests", "appeals"];

/** One column per unit, its own report's figures. */
export function summarize(units: SummaryUnit[], year: number, format: FormatId): Summary {
  const kept = units.filter((u) => u.report.format === format);
  const columns = kept.map((u) => ({ name: u.name, n: rollupOf(fillDerived(u.report)).n }));
  return summarizeColumns(columns, year, format, units.length - kept.length);
}

/** The tables of `format` with the columns beside their totals; `skipped` reports of another format were left out. */
export function summarizeColumns(columns: readonly SummaryColumn[], year: number, format: FormatId, skipped = 0): Summary {
  const t = getTemplate(format);
  // The roll-up's order is the template's input cells: index i of a column is cell i.
  const cells = inputCells(t).map((c, i) => ({ c, i }));
  const tables = TABLES.map((table) => ({
    table,
    title: tableGrid(t, table).title,
    lines: cells
      .filter(({ c }) => c.ref.table === table)
      .map(({ c, i }) => {
        const values = columns.map((col) => col.n[i] ?? null);
        const total: (number | null)[] = [null];
        for (const v of values) addRollup(total, [v]);
        return { name: c.name, derived: c.derived, total: total[0], values };
      }),
  }));
  return { year, format, units: columns.map((c) => c.name), tables, skipped };
}
