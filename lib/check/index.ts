import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { checkCarriedOver, checkInForce, isLastYear } from "./cross-year";
import { checkBrackets } from "./brackets";
import { checkFormat } from "./format";
import { checkHeadingEcho } from "./heading-echo";
import { checkOrganLevel } from "./organ";
import { checkPreamble } from "./preamble-rules";
import { checkRelations } from "./relations";
import { checkSignatureDate } from "./signature-date";
import { checkTense } from "./tense";
import { checkSameness, checkTexts } from "./text-rules";
import { checkValues } from "./values";

export { findingKey } from "./finding-key";
export { findingCounts } from "./finding-counts";

export interface CheckOptions {
  /** Skip the rules on texts and 基本信息 (R7, W3, W5–W8): the fast path for a keystroke in a table. */
  tablesOnly?: boolean;
}

/**
 * The one evaluator: every rule of docs/rules.md on a report (and last year's,
 * for the cross-year rules). Pure; used by the live UI, the server, the CLI and tests.
 *
 * Errors: R1–R4 (勾稽关系, lib/template/relations.ts), R5 (cell values), R6 (format vs year);
 * unless `tablesOnly`: R7.* (the signature date missing or before the year has ended).
 * Warnings: W1, W2 (against `previous`, only when it is the year before), W4 (规章 by an
 * organ that makes none); unless `tablesOnly`: W8 (signed after 31 January, 条例第四十九条),
 * W3.* (numbers in the text vs tables 二–四, a part larger than its whole), W5.* (六 and the
 * 信息处理费), W7.* (completeness: empty texts, stray years, the preamble's organ, structure and
 * year, unbalanced brackets, 五 written as plans, pasted headings), W6 (五 like last year's).
 * `rule` is R1…W8 or a finer id that starts with one.
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
  checkSignatureDate(report, out);
  checkTexts(report, out);
  checkPreamble(report, out);
  checkBrackets(report, out);
  checkTense(report, out);
  checkHeadingEcho(report, out);
  if (lastYear) checkSameness(report, previous, out);
  return out;
}
