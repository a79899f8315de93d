import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { checkCarriedOver, checkInForce, isLastYear } from "./cross-year";
import { checkFormat } from "./format";
import { checkOrganLevel } from "./organ";
import { checkRelations } from "./relations";
import { checkSameness, checkTexts } from "./text-rules";
import { checkValues } from "./values";

export { findingKey } from "./finding-key";
export { findingCounts } from "./finding-counts";

export interface CheckOptions {
  /** Skip the text rules (W3, W5–W7): the fast path for a keystroke in a table. */
  tablesOnly?: boolean;
}

/**
 * The one evaluator: every rule of docs/rules.md on a report (and last year's,
 * for the cross-year rules). Pure; used by the live UI, the server, the CLI and tests.
 *
 * Errors: R1–R4 (勾稽关系, lib/template/relations.ts), R5 (cell values), R6 (format vs year).
 * Warnings: W1, W2 (against `previous`, only when it is the year before), W4 (规章 by an
 * organ that makes none); unless `tablesOnly`: W3.* (numbers in the text vs the tables),
 * W5.* (六 and the 信息处理费), W6 (五 like last year's), W7.* (completeness).
 * Findings come in that order; `rule` is R1…W7 or a finer id that starts with one.
 */
export function check(report: Report, previous?: Report, options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  checkRelations(report, getTemplate(report.format).relations, out);
  checkValues(report, out);
  checkFormat(report, out);
  const lastYear = isLastYear(report, previous);
  if (lastYear) {
    checkCarriedOver(report, previous, out);
    checkInForce(report, previous, out);
  }
  checkOrganLevel(report, out);
  if (options.tablesOnly) return out;
  checkTexts(report, out);
  if (lastYear) checkSameness(report, previous, out);
  return out;
}
