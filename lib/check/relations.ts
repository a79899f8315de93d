/**
 * R1–R4: the template's 勾稽关系 (lib/template/relations.ts), evaluated. A blank
 * cell counts as 0 here; R5 reports the blank itself. The sums allocate nothing;
 * the parts are listed only for a relation that fails.
 */
import { getCell } from "../report/cells";
import type { Finding, Report } from "../report/types";
import type { CellRef, Relation } from "../template";

export const fmt = (n: number) => String(Math.round(n * 10000) / 10000);

function values(report: Report, refs: CellRef[]): number[] {
  return refs.map((r) => getCell(report, r) ?? 0);
}

function sumOf(report: Report, refs: CellRef[]): number {
  let s = 0;
  for (let i = 0; i < refs.length; i++) s += getCell(report, refs[i]) ?? 0;
  return s;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function checkRelations(report: Report, relations: Relation[], out: Finding[] = []): Finding[] {
  for (const rel of relations) {
    if (rel.kind === "sum") {
      const target = getCell(report, rel.target) ?? 0;
      const total = sumOf(report, rel.addends);
      if (target === total) continue;
      const parts = values(report, rel.addends);
      out.push({
        rule: rel.rule,
        severity: "error",
        table: rel.target.table,
        row: rel.target.row,
        column: rel.target.column,
        message: `${rel.along}：${rel.targetName} ${fmt(target)} ≠ ${rel.addendsName}（${parts.map(fmt).join("＋")}＝${fmt(total)}）`,
        cells: [rel.target, ...rel.addends],
      });
    } else {
      if (sumOf(report, rel.lhs) === sumOf(report, rel.rhs)) continue;
      const lhs = values(report, rel.lhs);
      const rhs = values(report, rel.rhs);
      out.push({
        rule: rel.rule,
        severity: "error",
        table: rel.at.table,
        row: rel.at.row,
        column: rel.at.column,
        message: `${rel.along}：${rel.lhsName}（${lhs.map(fmt).join("＋")}＝${fmt(sum(lhs))}）≠ ${rel.rhsName}（${rhs
          .map(fmt)
          .join("＋")}＝${fmt(sum(rhs))}）`,
        cells: [...rel.lhs, ...rel.rhs],
      });
    }
  }
  return out;
}
