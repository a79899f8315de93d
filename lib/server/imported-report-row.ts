import "server-only";
/**
 * The stored row of a report taken from a file the unit has already published (the clerk's
 * 导入已发布的报告 and the supervisor's 批量体检 both save one): 已发布 from the start, its
 * publication date read from the 落款日期 (成文日期, Beijing time), the findings counted as the
 * editor would count them, its roll-up for the totals, and one event that says where it came from.
 */
import { findingCounts } from "@/lib/check";
import { rollupOf } from "@/lib/report/rollup";
import type { Finding, Report } from "@/lib/report/types";

export function importedReportRow(
  report: Report,
  findings: readonly Finding[],
  p: { organizationId: string; actorId: string; publishedUrl: string | null; comment: string },
) {
  const signed = report.meta.signedOn ? new Date(`${report.meta.signedOn}T00:00:00+08:00`) : null;
  return {
    organizationId: p.organizationId,
    year: report.year,
    format: report.format,
    status: "published",
    data: JSON.stringify(report),
    // Published, so counted in the supervisors' totals at once (the roll-up of tables 二–四).
    rollup: JSON.stringify(rollupOf(report)),
    updatedById: p.actorId,
    publishedAt: signed && !Number.isNaN(signed.getTime()) ? signed : null,
    publishedUrl: report.meta.publishUrl ?? p.publishedUrl,
    ...findingCounts(findings),
    events: { create: { actorId: p.actorId, fromStatus: "", toStatus: "published", comment: p.comment } },
  };
}
