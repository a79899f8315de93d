import "server-only";
import { parseReport } from "../report/schema";
import { sumReports } from "../report/totals";
import type { Report } from "../report/types";
import { formatForYear, ORGAN_KINDS } from "../template";
import { daysLeft, deadlineText } from "../workflow/deadline";
import { isReportStatus } from "../workflow/statuses";
import { visibleOrganizationIds } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { can } from "./permissions";

/** A report's status, or "none" (未创建) for a unit without a report of the year. */
export type DashboardStatus = "none" | "draft" | "submitted" | "returned" | "approved" | "published";

export interface DashboardRow {
  organizationId: string;
  organizationName: string;
  kindLabel: string;
  reportId: string | null;
  status: DashboardStatus;
  errorCount: number | null;
  warningCount: number | null;
  updatedAt: string | null;
  /** Negative once the deadline has passed; null when the report is published (nothing left to do). */
  daysLeft: number | null;
  deadlineText: string;
}

export interface Dashboard {
  year: number;
  rows: DashboardRow[];
  /** Units per status, before filtering. */
  counts: Record<DashboardStatus, number>;
  totals: { report: Report; count: number } | null;
}

const EMPTY_COUNTS: Record<DashboardStatus, number> = { none: 0, draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 };

/**
 * The supervisor's overview of a year: every unit under them (including those
 * that have not started), the deadline of 31 January, and the sum of tables
 * 二–四 over approved and published reports. Only supervisors; others get null.
 */
export async function supervisorDashboard(user: ActingUser, year: number, status?: string): Promise<Dashboard | null> {
  if (!can(user, "report.review") || !user.organizationId) return null;
  const ids = (await visibleOrganizationIds(user)).filter((id) => id !== user.organizationId);
  const orgs = await db.organization.findMany({ where: { id: { in: ids }, disabled: false }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  const reports = await db.report.findMany({ where: { organizationId: { in: ids }, year } });
  const byOrg = new Map(reports.map((r) => [r.organizationId, r]));
  const now = new Date();
  const rows: DashboardRow[] = orgs.map((o) => {
    const r = byOrg.get(o.id);
    const st: DashboardStatus = r && isReportStatus(r.status) ? r.status : "none";
    const done = st === "published";
    return {
      organizationId: o.id,
      organizationName: o.name,
      kindLabel: (ORGAN_KINDS as Record<string, string>)[o.kind] ?? o.kind,
      reportId: r?.id ?? null,
      status: st,
      errorCount: r?.errorCount ?? null,
      warningCount: r?.warningCount ?? null,
      updatedAt: r?.updatedAt.toISOString() ?? null,
      daysLeft: done ? null : daysLeft(year, now),
      deadlineText: done ? "已发布" : deadlineText(year, now),
    };
  });
  const counts = { ...EMPTY_COUNTS };
  for (const r of rows) counts[r.status]++;

  const format = formatForYear(year);
  const done = reports
    .filter((r) => r.status === "approved" || r.status === "published")
    .map((r) => parseReport(JSON.parse(r.data)))
    .flatMap((p) => (p.ok ? [p.report] : []));
  const totals =
    format && done.length > 0
      ? (() => {
          const s = sumReports(done, { year, format, organName: "合计" });
          return { report: s.report, count: s.count };
        })()
      : null;

  return { year, rows: status && status !== "all" ? rows.filter((r) => r.status === status) : rows, counts, totals };
}
