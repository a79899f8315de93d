/**
 * The findings of a report as spreadsheet rows: table, row and column in the
 * template's own words, so a supervisor passing results on in Excel names the
 * cell as the printed table does.
 */
import { cellKey } from "../report/cells";
import { describeFinding, tableName } from "../report/describe";
import type { Finding } from "../report/types";
import type { Template } from "../template";
import { tableGrid, type GridInput } from "../template/layout";

export interface FindingRow {
  severity: "错误" | "提醒";
  rule: string;
  table: string;
  row: string;
  column: string;
  message: string;
}

function inputs(template: Template): Map<string, GridInput> {
  const out = new Map<string, GridInput>();
  for (const s of template.sections) {
    if (!s.table) continue;
    for (const row of tableGrid(template, s.table).rows) for (const c of row) if (c.type === "input") out.set(cellKey(c.ref), c);
  }
  return out;
}

export function findingRows(template: Template, findings: readonly Finding[]): FindingRow[] {
  const cells = inputs(template);
  return findings.map((f) => {
    const severity = f.severity === "error" ? "错误" : "提醒";
    if (f.table) {
      const input = f.row !== undefined && f.column !== undefined ? cells.get(`${f.table}/${f.row}/${f.column}`) : undefined;
      const where = describeFinding(template, f);
      return {
        severity,
        rule: f.rule,
        table: tableName(template, f.table),
        row: input?.rowLabel ?? (f.row !== undefined ? where.replace(/^表\S+\s*/, "") : ""),
        column: input?.columnLabel ?? "",
        message: f.message,
      };
    }
    return { severity, rule: f.rule, table: "", row: f.field ? describeFinding(template, f) : "", column: "", message: f.message };
  });
}
