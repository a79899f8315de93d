import type { Finding } from "../report/types";

/**
 * The header of a report that still breaks a rule: it may be exported to be
 * circulated for comments, never mistaken for the version to publish.
 */
export function draftMark(findings: readonly Finding[]): string | null {
  const errors = findings.filter((f) => f.severity === "error").length;
  return errors > 0 ? `征求意见稿（尚有 ${errors} 处错误未改正）` : null;
}
