/**
 * R1–R4: the template's 勾稽关系 (lib/template/relations.ts), evaluated. A blank
 * cell counts as 0 here; R5 reports the blank itself.
 */
import { getCell } from "../report/cells";
import type { Finding, Report } from "../report/types";
import type { CellRef, Relation } from "../template";

const fmt = (n: number) => String(Math.round(n * 10000) / 10000);

function values(report: Report, refs: CellRef[]): number[] {
  return refs.map((r) => getCell(report, r) ?? 0);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function checkRelations(report: Report, relations: Relation[]): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind === "sum") {
      const target = getCell(report, rel.target) ?? 0;
      const parts = values(report, rel.addends);
      const total = sum(parts);
      if (target === total) continue;
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
      const lhs = values(report, rel.lhs);
      const rhs = values(report, rel.rhs);
      if (sum(lhs) === sum(rhs)) continue;
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
