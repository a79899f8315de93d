import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { addRollup, rollupLayout, rollupReport, ROLLED_UP_STATUSES, type Rollup } from "../report/rollup";
import type { Report } from "../report/types";
import { formatForYear, ORGAN_KINDS } from "../template";
import { deadlineState, deadlineStateText, isOverdue } from "../workflow/deadline";
import { isRemindable } from "../workflow/reminders";
import { isReportStatus, REPORT_STATUSES } from "../workflow/statuses";
import type { ActingUser } from "./acting-user";
import { areaTallies, type AreaTally } from "./area-tally";
import { BY_NAME, scopeOf, statusFilter, unitsWhere, type Selection } from "./dashboard-scope";
import { db } from "./db";
import { fillMissingRollups } from "./rollup-store";

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

export type StatusCounts = Record<DashboardStatus, number>;

/** One line of 各辖区提交情况: a unit directly under the supervisor's with everything below it. */
export interface AreaLine {
  /** The unit's id (the sub-area filter), or null for the line of units directly under the supervisor that have none below them. */
  areaId: string | null;
  name: string;
  units: number;
  counts: StatusCounts;
  /** Not handed in: no report, a draft, or returned and not resubmitted. */
  notIn: number;
}

export interface Dashboard {
  year: number;
  /** One page of the units that match the selection, in its order. */
  rows: DashboardRow[];
  page: number;
  pageCount: number;
  pageSize: number;
  /** Units that match the whole selection (all pages). */
  matched: number;
  /** Units per status within the search, kind and sub-area (the status filter aside). */
  counts: StatusCounts;
  /** Per sub-area over the whole subtree, and the whole subtree (所辖全部). */
  areas: AreaLine[];
  whole: AreaLine;
  /** The sub-area chosen, if any (the totals are its own). */
  area: { id: string; name: string } | null;
  /** Tables 二–四 summed over approved and published reports of the sub-area, or of the whole subtree. */
  totals: { report: Report; count: number } | null;
}

export const DASHBOARD_PAGE_SIZE = 50;

const emptyCounts = (): StatusCounts => ({ none: 0, draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 });

/** The units with the status asked for in `year`, as a `where` on Organization (未创建 in SQL too). */
function statusWhere(status: string, year: number): Prisma.OrganizationWhereInput {
  const f = statusFilter(status);
  if (f.statuses === null) return {};
  const withReport: Prisma.OrganizationWhereInput = { reports: { some: { year, status: { in: f.statuses } } } };
  if (!f.none) return withReport;
  const without: Prisma.OrganizationWhereInput = { reports: { none: { year } } };
  return f.statuses.length ? { OR: [without, withReport] } : without;
}

/** How many units of `counts` a status filter keeps. */
export function countFor(counts: StatusCounts, status: string): number {
  if (status === "notin") return notInOf(counts);
  if (status === "all") return Object.values(counts).reduce((a, b) => a + b, 0);
  return counts[status as DashboardStatus] ?? 0;
}

/** Units per status by two aggregate queries: the units, and their reports of the year grouped by status. */
async function countStatuses(units: Prisma.OrganizationWhereInput, year: number): Promise<{ units: number; counts: StatusCounts }> {
  const [total, groups] = await Promise.all([
    db.organization.count({ where: units }),
    db.report.groupBy({ by: ["status"], where: { year, organization: units }, _count: { _all: true } }),
  ]);
  const counts = emptyCounts();
  let withReport = 0;
  for (const g of groups) {
    withReport += g._count._all;
    if (isReportStatus(g.status)) counts[g.status] += g._count._all;
  }
  counts.none = total - withReport;
  return { units: total, counts };
}

const notInOf = (c: StatusCounts) => c.none + c.draft + c.returned;

const line = (t: AreaTally): AreaLine => ({ ...t, notIn: notInOf(t.counts) });

/** Tables 二–四 summed from the roll-ups of the accepted reports of the year's format. */
async function rolledUpTotals(units: Prisma.OrganizationWhereInput, year: number, organName: string): Promise<Dashboard["totals"]> {
  const format = formatForYear(year);
  if (!format) return null;
  const where: Prisma.ReportWhereInput = { year, format, status: { in: [...ROLLED_UP_STATUSES] }, organization: units };
  const layout = rollupLayout(format);
  for (let attempt = 0; ; attempt++) {
    const rows = await db.report.findMany({ where, select: { rollup: true } });
    if (rows.length === 0) return null;
    const sum: (number | null)[] = [];
    let missing = false;
    for (const r of rows) {
      const u = r.rollup ? (JSON.parse(r.rollup) as Rollup) : null;
      if (u?.k === layout) addRollup(sum, u.n);
      else missing = true;
    }
    // A report accepted before the roll-up column (or under another layout of the cells) is
    // filled once, then summed again; the seed step fills them all at start-up anyway.
    if (!missing || attempt > 0) return { report: rollupReport(sum, { year, format, organName }), count: rows.length };
    await fillMissingRollups(db, where);
  }
}

const unitSelect = (year: number) =>
  ({
    id: true,
    name: true,
    kind: true,
    reports: {
      where: { year },
      select: { id: true, status: true, errorCount: true, warningCount: true, updatedAt: true, submittedAt: true },
    },
    reminders: { where: { year }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
  }) satisfies Prisma.OrganizationSelect;

type UnitRow = Prisma.OrganizationGetPayload<{ select: ReturnType<typeof unitSelect> }>;

function toRow(o: UnitRow, year: number, now: Date): DashboardRow {
  const r = o.reports[0];
  const st: DashboardStatus = r && isReportStatus(r.status) ? r.status : "none";
  const state = deadlineState(year, r?.submittedAt ?? null, now);
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
    remindedAt: o.reminders[0]?.createdAt.toISOString() ?? null,
    remindable: isRemindable(st),
  };
}

/** Handed in (first submission recorded) in `year`. */
const handedIn = (year: number): Prisma.ReportWhereInput => ({ year, submittedAt: { not: null } });

/**
 * `take` units of `where` from `skip` on, in the order asked for. By deadline: first the units
 * that have not handed in (by kind and name), then those that have, the latest hand-in first (the
 * late ones lead). Two keyed queries, so the database pages either way.
 */
async function unitPage(where: Prisma.OrganizationWhereInput, year: number, sort: string, skip: number, take: number): Promise<UnitRow[]> {
  const select = unitSelect(year);
  if (sort !== "deadline") return db.organization.findMany({ where, orderBy: BY_NAME, skip, take, select });
  const open: Prisma.OrganizationWhereInput = { AND: [where, { NOT: { reports: { some: handedIn(year) } } }] };
  const openCount = await db.organization.count({ where: open });
  const first = skip < openCount ? await db.organization.findMany({ where: open, orderBy: BY_NAME, skip, take, select }) : [];
  if (first.length >= take) return first;
  const reports = await db.report.findMany({
    where: { AND: [handedIn(year), { organization: where }] },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    skip: Math.max(0, skip - openCount),
    take: take - first.length,
    select: { organization: { select } },
  });
  return [...first, ...reports.map((r) => r.organization)];
}

/**
 * The supervisor's overview of a year: one page of the units under them that match the
 * selection (including those that have not started), counts per status, the sub-areas'
 * progress and the totals of tables 二–四 from the roll-ups — every part a paged or
 * aggregate query, so it costs the same at 50 units and at 50,000. `totals: false` leaves the
 * totals out (null) for pages that do not show them. Only supervisors; others get null.
 */
export async function supervisorDashboard(
  user: ActingUser,
  year: number,
  sel: Partial<Selection> = {},
  options: { totals?: boolean } = {},
): Promise<Dashboard | null> {
  const selection: Selection = { status: "all", ...sel };
  const scope = await scopeOf(user, selection.area);
  if (!scope) return null;
  const units = unitsWhere(scope, selection);
  const filtered = { AND: [units, statusWhere(selection.status, year)] };
  const pageSize = DASHBOARD_PAGE_SIZE;

  // The tally, the page asked for and the totals do not depend on each other: on PostgreSQL they run on
  // connections of their own at once (at 35,000 units each takes tens of milliseconds, bench/dashboard-scale).
  const sort = selection.sort ?? "name";
  const asked = Math.max(1, selection.page ?? 1);
  const pageOf = (n: number) => unitPage(filtered, year, sort, (n - 1) * pageSize, pageSize);
  const [tally, askedRows, totals] = await Promise.all([
    areaTallies(scope.unit, year),
    pageOf(asked),
    options.totals === false ? null : rolledUpTotals(scope.area ? { AND: [scope.below, { path: { startsWith: scope.area.path } }] } : scope.below, year, "合计"),
  ]);
  const areas = tally.areas.map(line);
  const whole = line(tally.whole);
  const inArea = scope.area ? areas.find((a) => a.areaId === scope.area!.id) : undefined;
  // The chips count what the search, kind and sub-area leave; the tally has them unless searched or by kind.
  const counts = selection.kind || selection.q ? (await countStatuses(units, year)).counts : (inArea ?? whole).counts;
  const matched = countFor(counts, selection.status);
  const pageCount = Math.max(1, Math.ceil(matched / pageSize));
  const page = Math.min(asked, pageCount);
  const now = new Date();
  // A page beyond the last shows the last (an old link after units were handed in).
  const rows = (page === asked ? askedRows : await pageOf(page)).map((o) => toRow(o, year, now));
  return {
    year,
    rows,
    page,
    pageCount,
    pageSize,
    matched,
    counts,
    areas,
    whole,
    area: scope.area ? { id: scope.area.id, name: scope.area.name } : null,
    totals,
  };
}

/**
 * Every unit of the selection in its order, a page at a time from the database (for the .xlsx).
 * Only supervisors; others get null.
 */
export async function dashboardUnits(user: ActingUser, year: number, sel: Partial<Selection> = {}): Promise<DashboardRow[] | null> {
  const selection: Selection = { status: "all", ...sel };
  const scope = await scopeOf(user, selection.area);
  if (!scope) return null;
  const where = { AND: [unitsWhere(scope, selection), statusWhere(selection.status, year)] };
  const out: DashboardRow[] = [];
  const now = new Date();
  for (let skip = 0; ; skip += 500) {
    const batch = await unitPage(where, year, selection.sort ?? "name", skip, 500);
    out.push(...batch.map((o) => toRow(o, year, now)));
    if (batch.length < 500) return out;
  }
}

/** The statuses a unit can be in on the dashboard, in the order of the status chips. */
export const DASHBOARD_STATUSES: readonly DashboardStatus[] = [...REPORT_STATUSES, "none"];
