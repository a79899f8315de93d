import { getTemplate } from "../template";
import { getCell, setCell } from "./cells";
import type { Report } from "./types";

/**
 * Computes the cells the template defines as sums (table 三 总计 column and
 * （七）总计, table 四 总计), in place. Blank addends count as 0.
 */
export function fillDerivedInPlace(report: Report): Report {
  for (const rel of getTemplate(report.format).relations) {
    if (rel.kind !== "sum" || !rel.derived) continue;
    let sum = 0;
    for (const ref of rel.addends) sum += getCell(report, ref) ?? 0;
    setCell(report, rel.target, sum);
  }
  return report;
}

/** A copy of the report with its sums computed. */
export function fillDerived(report: Report): Report {
  return fillDerivedInPlace(structuredClone(report));
}
