import type { Finding } from "../report/types";
import type { ReportStatus } from "../workflow/statuses";

/**
 * The header of a report that still breaks a rule: it may be exported to be
 * circulated for comments, never mistaken for the version to publish.
 */
export function draftMark(findings: readonly Finding[]): string | null {
  const errors = findings.filter((f) => f.severity === "error").length;
  return errors > 0 ? `征求意见稿（尚有 ${errors} 处错误未改正）` : null;
}

/** Only an approved or published report is final; before review it is still open to comments. */
const FINAL: readonly ReportStatus[] = ["approved", "published"];

/** A download is a draft (征求意见稿 in its file name) while the report has errors or is not yet approved. */
export function isDraftDownload(findings: readonly Finding[], status?: string): boolean {
  return draftMark(findings) !== null || (status !== undefined && !(FINAL as readonly string[]).includes(status));
}
