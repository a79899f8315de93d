import "server-only";
import { parseReport } from "../report/schema";
import { summarize, type Summary } from "../report/summary";
import { formatForYear } from "../template";
import { isReportStatus, type ReportStatus } from "../workflow/statuses";
import { visibleOrganizationWhere } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";

/** By default the summary counts what the supervisor has accepted. */
export const DEFAULT_SUMMARY_STATUSES: readonly ReportStatus[] = ["approved", "published"];

/** The statuses asked for in the address ("approved,published"), known ones only; the default when none. */
export function parseSummaryStatuses(input: string | string[] | undefined): ReportStatus[] {
  const list = (Array.isArray(input) ? input : (input ?? "").split(",")).map((s) => s.trim()).filter(isReportStatus);
  return list.length ? [...new Set(list)] : [...DEFAULT_SUMMARY_STATUSES];
}

/**
 * Tables 二–四 of one year over the units under the supervisor whose report is in one of
 * `statuses`, unit by unit in the dashboard's order. Only supervisors; others get null.
 */
export async function supervisorSummary(user: ActingUser, year: number, statuses: readonly ReportStatus[]): Promise<Summary | null> {
  if (user.role !== "supervisor" || !user.organizationId) return null;
  const format = formatForYear(year);
  if (!format) return null;
  const below = await visibleOrganizationWhere(user, { below: true });
  const reports = await db.report.findMany({
    where: { year, status: { in: [...statuses] }, organization: { AND: [below, { disabled: false }] } },
    include: { organization: { select: { name: true, kind: true } } },
    orderBy: [{ organization: { kind: "asc" } }, { organization: { name: "asc" } }],
  });
  const units = reports.flatMap((r) => {
    try {
      const p = parseReport(JSON.parse(r.data));
      return p.ok ? [{ name: r.organization.name, report: p.report }] : [];
    } catch {
      return [];
    }
  });
  return summarize(units, year, format);
}
