import { check, type CheckOptions } from "@/lib/check";
import type { Finding, Report } from "@/lib/report/types";

/** A deep copy to mutate. */
export const copy = (r: Report): Report => structuredClone(r);

/** The rule ids check() reports, in order (duplicates kept). */
export function rulesOf(report: Report, previous?: Report, options?: CheckOptions): string[] {
  return check(report, previous, options).map((f) => f.rule);
}

/** The findings of one rule (exact id, or every finer id under it: "W3" matches "W3.newRequests"). */
export function findingsOf(rule: string, report: Report, previous?: Report, options?: CheckOptions): Finding[] {
  return check(report, previous, options).filter((f) => f.rule === rule || f.rule.startsWith(`${rule}.`));
}

/**
 * Last year's report, made from this one so that the cross-year rules hold: the year
 * before, its 四 carried into this year's 二, its 现行有效件数 before this year's changes.
 */
export function previousOf(report: Report, format: Report["format"] = report.format): Report {
  const p = copy(report);
  p.year = report.year - 1;
  p.format = format;
  p.text.problems = "上一年度的问题：制度执行不到位，公开栏更新慢，培训次数少。整改计划：制定检查清单，按月通报。";
  p.tables.requests.carriedForward = [...report.tables.requests.carriedOver];
  for (const row of Object.values(p.tables.proactive)) {
    if (row.inForce != null) row.inForce = row.inForce - (row.issued ?? 0) + (row.repealed ?? 0);
  }
  return p;
}
