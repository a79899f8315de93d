import "server-only";
/**
 * The report as the supervisor reviews it: the same check() the clerk's wizard runs, with
 * last year's report (W1, W2, W6 compare with it) and the clerk's reasons for confirmed
 * warnings, counted the way the dashboard counts (findingCounts). One loader, so the
 * review page cannot show fewer findings, or other counts, than the clerk saw.
 */
import { check, findingCounts, findingKey } from "@/lib/check";
import type { Finding, Report } from "@/lib/report/types";
import type { ActingUser } from "./acting-user";
import { readableReportFor } from "./report-record";
import { parseAcknowledgements, previousReport, type Acknowledgements } from "./report-service";

export interface ConfirmedWarning {
  finding: Finding;
  /** The clerk's reason for confirming it. */
  reason: string;
}

export interface ReviewedReport {
  id: string;
  year: number;
  status: string;
  organizationName: string;
  publishedUrl: string | null;
  publishedAt: Date | null;
  report: Report;
  previous?: Report;
  findings: Finding[];
  acknowledgements: Acknowledgements;
  /** Warnings the clerk confirmed with a reason, in the order check() gives them. */
  confirmed: ConfirmedWarning[];
  /** Errors and unconfirmed warnings, as on the dashboard. */
  counts: { errorCount: number; warningCount: number };
}

/** The report for review, or null when the user may not review it (callers answer 404). */
export async function loadReportForReview(user: ActingUser, id: string): Promise<ReviewedReport | null> {
  const record = await readableReportFor(user, id, "review");
  if (!record) return null;
  const { row, report } = record;
  const previous = await previousReport(user, row);
  const acknowledgements = parseAcknowledgements(row.acknowledgements);
  const findings = check(report, previous);
  const confirmed = findings.flatMap((finding) => {
    const reason = finding.severity === "warning" ? acknowledgements[findingKey(finding)] : undefined;
    return reason ? [{ finding, reason }] : [];
  });
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    organizationName: row.organization.name,
    publishedUrl: row.publishedUrl,
    publishedAt: row.publishedAt,
    report,
    previous,
    findings,
    acknowledgements,
    confirmed,
    counts: findingCounts(findings, acknowledgements),
  };
}
