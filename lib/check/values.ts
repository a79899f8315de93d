/**
 * R5: every cell holds a value its column allows — counts whole and ≥ 0, 2019's
 * 本年增/减 whole (a decrease is negative), money ≥ 0 with at most 4 decimals
 * (万元, as published: 75.9260) — and none is blank (null): the published table shows 0.
 */
import { describeCell } from "../report/describe";
import type { Finding, Report } from "../report/types";
import { TEMPLATES, type CellKind, type CellRef, type FormatId } from "../template";
import { inputCells } from "../template/layout";

interface CellSpec {
  ref: CellRef;
  kind: CellKind;
  label: string;
  /** Where the value lives: report.tables[table][row][key]. */
  table: "proactive" | "requests" | "appeals";
  row: string;
  key: string | number;
}

/** Every cell of each format with its kind and its label, built once. */
const SPECS = new Map<FormatId, CellSpec[]>(
  TEMPLATES.map((t) => [
    t.format,
    inputCells(t).map((c) => ({
      ref: c.ref,
      kind: c.kind,
      label: describeCell(t, c.ref),
      table: c.ref.table,
      row: c.ref.row,
      key: c.ref.column,
    })),
  ]),
);

const MONEY_DECIMALS = 4;
const MONEY_SCALE = 10 ** MONEY_DECIMALS;

function problem(kind: CellKind, v: unknown): string | undefined {
  if (v === null || v === undefined) return "空白，应填 0";
  if (typeof v !== "number" || !Number.isFinite(v)) return `应填数字，实为 ${JSON.stringify(v)}`;
  switch (kind) {
    case "count":
      if (!Number.isInteger(v) || v < 0) return `应为不小于 0 的整数，实为 ${v}`;
      return undefined;
    case "signedCount":
      if (!Number.isInteger(v)) return `应为整数（减少填负数），实为 ${v}`;
      return undefined;
    case "money": {
      if (v < 0) return `金额不能为负数，实为 ${v}`;
      const scaled = v * MONEY_SCALE;
      if (Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, scaled)) {
        return `金额（万元）最多保留 ${MONEY_DECIMALS} 位小数，实为 ${v}`;
      }
      return undefined;
    }
  }
}

export function checkValues(report: Report, out: Finding[]): void {
  const specs = SPECS.get(report.format);
  if (!specs) return;
  const tables = report.tables as unknown as Record<string, Record<string, Record<string | number, unknown> | undefined>>;
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const v = tables[s.table]?.[s.row]?.[s.key];
    // The common case first: a whole number ≥ 0 is right for every kind.
    if (typeof v === "number" && v >= 0 && Number.isInteger(v)) continue;
    const why = problem(s.kind, v);
    if (!why) continue;
    out.push({
      rule: "R5",
      severity: "error",
      table: s.ref.table,
      row: s.ref.row,
      column: s.ref.column,
      message: `${s.label}：${why}`,
      cells: [s.ref],
    });
  }
}
