import "server-only";
import { parseReport } from "../report/schema";
import { sumReports } from "../report/totals";
import type { Report } from "../report/types";
import { formatForYear, ORGAN_KINDS } from "../template";
import { deadlineState, deadlineStateText, isOverdue } from "../workflow/deadline";
import { isRemindable } from "../workflow/reminders";
import { isReportStatus } from "../workflow/statuses";
import { visibleOrganizationWhere } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { latestReminders } from "./reminder-dates";
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
  /** Against 31 January of the next year: handed in on time or late, or the time left / overdue. */
  deadlineText: string;
  overdue: boolean;
  /** The latest 催报 for this year (ISO time), or null. */
  remindedAt: string | null;
  /** Not handed in: 催报 applies. */
  remindable: boolean;
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
  const below = await visibleOrganizationWhere(user, { below: true });
  const orgs = await db.organization.findMany({ where: { AND: [below, { disabled: false }] }, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  const reports = await db.report.findMany({
    where: { organization: below, year },
    // The first hand-in is what the deadline is measured against.
    include: { events: { where: { toStatus: "submitted" }, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } } },
  });
  const byOrg = new Map(reports.map((r) => [r.organizationId, r]));
  const reminded = await latestReminders(below, year);
  const now = new Date();
  const rows: DashboardRow[] = orgs.map((o) => {
    const r = byOrg.get(o.id);
    const st: DashboardStatus = r && isReportStatus(r.status) ? r.status : "none";
    const state = deadlineState(year, r?.events[0]?.createdAt ?? null, now);
    return {
      organizationId: o.id,
      organizationName: o.name,
      kindLabel: (ORGAN_KINDS as Record<string, string>)[o.kind] ?? o.kind,
      reportId: r?.id ?? null,
      status: st,
      errorCount: r?.errorCount ?? null,
      warningCount: r?.warningCount ?? null,
      updatedAt: r?.updatedAt.toISOString() ?? null,
      deadlineText: deadlineStateText(state),
      overdue: isOverdue(state),
      remindedAt: reminded.get(o.id) ?? null,
      remindable: isRemindable(st),
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

/**
 * Where a report stands in the list the supervisor came from (same year and filter): its
 * neighbours. A report just decided keeps its place though it no longer matches the filter,
 * so 下一份 after 审核通过 is the next one still waiting.
 */
export async function reviewQueue(
  user: ActingUser,
  reportId: string,
  year: number,
  status: string,
): Promise<{ position: number; total: number; prev: DashboardRow | null; next: DashboardRow | null } | null> {
  const dash = await supervisorDashboard(user, year);
  if (!dash) return null;
  const rows = dash.rows.filter((r) => r.reportId && (status === "all" || r.status === status || r.reportId === reportId));
  const i = rows.findIndex((r) => r.reportId === reportId);
  if (i < 0) return null;
  return { position: i + 1, total: rows.length, prev: rows[i - 1] ?? null, next: rows[i + 1] ?? null };
}
