import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { addRollup, rollupLayout, rollupReport, ROLLED_UP_STATUSES, type Rollup } from "../report/rollup";
import type { Report } from "../report/types";
import { formatForYear, ORGAN_KINDS } from "../template";
import { deadlineState, deadlineStateText, isOverdue } from "../workflow/deadline";
import { isRemindable, REMINDABLE } from "../workflow/reminders";
import type { ReviewFilter } from "../workflow/review-filter";
import { isReportStatus, REPORT_STATUSES } from "../workflow/statuses";
import { visibleOrganizationWhere } from "./access";
import type { ActingUser } from "./acting-user";
import { areaTallies, type AreaTally } from "./area-tally";
import { db } from "./db";
import { can } from "./permissions";
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

type Selection = Pick<ReviewFilter, "status"> & Partial<Omit<ReviewFilter, "status" | "year">>;

/** The report statuses a status filter keeps, and whether units without a report count. */
function statusFilter(status: string): { statuses: string[] | null; none: boolean } {
  if (status === "none") return { statuses: [], none: true };
  if (status === "notin") return { statuses: REMINDABLE.filter(isReportStatus), none: true };
  if (isReportStatus(status)) return { statuses: [status], none: false };
  return { statuses: null, none: true };
}

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

interface Scope {
  /** The units below the supervisor's, enabled. */
  below: Prisma.OrganizationWhereInput;
  unit: { id: string; path: string };
  area: { id: string; name: string; path: string } | null;
}

async function scopeOf(user: ActingUser, areaId: string | undefined): Promise<Scope | null> {
  if (!can(user, "report.review") || !user.organizationId) return null;
  const unit = await db.organization.findUnique({ where: { id: user.organizationId }, select: { id: true, path: true } });
  if (!unit?.path) return null;
  const below: Prisma.OrganizationWhereInput = { AND: [await visibleOrganizationWhere(user, { below: true }), { disabled: false }] };
  // A sub-area is a unit directly under the supervisor's; anything else is ignored, not an error.
  const area = areaId
    ? await db.organization.findFirst({ where: { id: areaId, parentId: user.organizationId }, select: { id: true, name: true, path: true } })
    : null;
  return { below, unit, area };
}

/** The units of the selection apart from status: under the supervisor, in the sub-area, of the kind, named like the search. */
function unitsWhere(scope: Scope, sel: Selection): Prisma.OrganizationWhereInput {
  const and: Prisma.OrganizationWhereInput[] = [scope.below];
  if (scope.area) and.push({ path: { startsWith: scope.area.path } });
  if (sel.kind) and.push({ kind: sel.kind });
  if (sel.q) and.push({ name: { contains: sel.q } });
  return { AND: and };
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

const BY_NAME = [{ kind: "asc" }, { name: "asc" }, { id: "asc" }] satisfies Prisma.OrganizationOrderByWithRelationInput[];

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
 * aggregate query, so it costs the same at 50 units and at 50,000. Only supervisors; others get null.
 */
export async function supervisorDashboard(user: ActingUser, year: number, sel: Partial<Selection> = {}): Promise<Dashboard | null> {
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
    rolledUpTotals(scope.area ? { AND: [scope.below, { path: { startsWith: scope.area.path } }] } : scope.below, year, "合计"),
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

export interface QueueEntry {
  reportId: string;
  organizationName: string;
}

type Keyed = { id: string; organizationId: string; submittedAt: Date | null; organization: { kind: string; name: string } };
const queueSelect = { id: true, organizationId: true, submittedAt: true, organization: { select: { kind: true, name: true } } } as const;
const BY_UNIT = [{ organization: { kind: "asc" } }, { organization: { name: "asc" } }, { organizationId: "asc" }] satisfies Prisma.ReportOrderByWithRelationInput[];
const BY_UNIT_DESC = [{ organization: { kind: "desc" } }, { organization: { name: "desc" } }, { organizationId: "desc" }] satisfies Prisma.ReportOrderByWithRelationInput[];
const BY_HANDIN = [{ submittedAt: "desc" }, { id: "asc" }] satisfies Prisma.ReportOrderByWithRelationInput[];
const BY_HANDIN_DESC = [{ submittedAt: "asc" }, { id: "desc" }] satisfies Prisma.ReportOrderByWithRelationInput[];

/**
 * Reports before `r` in the order by kind, name and unit (a keyset: no offsets, no id lists). One
 * condition on the unit, not one per branch: Prisma joins the unit once per relation filter, and
 * three more joins of the whole Organization table made each count and neighbour ~3× slower on
 * PostgreSQL at 35,000 units (bench/dashboard-scale.bench.ts).
 */
function beforeByUnit(r: Keyed): Prisma.ReportWhereInput {
  const { kind, name } = r.organization;
  return { organization: { OR: [{ kind: { lt: kind } }, { kind, name: { lt: name } }, { kind, name, id: { lt: r.organizationId } }] } };
}
function afterByUnit(r: Keyed): Prisma.ReportWhereInput {
  const { kind, name } = r.organization;
  return { organization: { OR: [{ kind: { gt: kind } }, { kind, name: { gt: name } }, { kind, name, id: { gt: r.organizationId } }] } };
}
/** Before `r` by hand-in, the latest first. */
const beforeByHandIn = (r: Keyed, at: Date): Prisma.ReportWhereInput => ({ OR: [{ submittedAt: { gt: at } }, { submittedAt: at, id: { lt: r.id } }] });
const afterByHandIn = (r: Keyed, at: Date): Prisma.ReportWhereInput => ({ OR: [{ submittedAt: { lt: at } }, { submittedAt: at, id: { gt: r.id } }] });

const entry = (r: { id: string; organization: { name: string } } | null): QueueEntry | null =>
  r ? { reportId: r.id, organizationName: r.organization.name } : null;

/**
 * Where a report stands in the list the supervisor came from (same year and selection, in its
 * order): its position and neighbours, each a count or a single keyed row from the database. A
 * report just decided keeps its place though it no longer matches the filter, so 下一份 after
 * 审核通过 is the next one still waiting.
 */
export async function reviewQueue(
  user: ActingUser,
  reportId: string,
  year: number,
  selOrStatus: string | Partial<Selection>,
): Promise<{ position: number; total: number; prev: QueueEntry | null; next: QueueEntry | null } | null> {
  const sel: Selection = typeof selOrStatus === "string" ? { status: selOrStatus } : { status: "all", ...selOrStatus };
  const scope = await scopeOf(user, sel.area);
  if (!scope) return null;
  const f = statusFilter(sel.status);
  const inList: Prisma.ReportWhereInput = {
    year,
    organization: unitsWhere(scope, sel),
    ...(f.statuses === null ? {} : { OR: [{ status: { in: f.statuses } }, { id: reportId }] }),
  };
  const cur = await db.report.findFirst({ where: { AND: [inList, { id: reportId }] }, select: queueSelect });
  if (!cur) return null;
  const within = (...w: Prisma.ReportWhereInput[]): Prisma.ReportWhereInput => ({ AND: [inList, ...w] });
  // The total and the place in the list at once: on PostgreSQL each query has a connection of its own.
  const [total, place] = await Promise.all([db.report.count({ where: inList }), placeInList(cur, within, sel.sort)]);
  return { total, ...place };
}

/** Position and neighbours of `cur` in the list `within` narrows, in the list's order. */
async function placeInList(
  cur: Keyed,
  within: (...w: Prisma.ReportWhereInput[]) => Prisma.ReportWhereInput,
  sort: Selection["sort"],
): Promise<{ position: number; prev: QueueEntry | null; next: QueueEntry | null }> {
  if (sort !== "deadline") {
    const [before, prev, next] = await Promise.all([
      db.report.count({ where: within(beforeByUnit(cur)) }),
      db.report.findFirst({ where: within(beforeByUnit(cur)), orderBy: BY_UNIT_DESC, select: queueSelect }),
      db.report.findFirst({ where: within(afterByUnit(cur)), orderBy: BY_UNIT, select: queueSelect }),
    ]);
    return { position: before + 1, prev: entry(prev), next: entry(next) };
  }
  // By deadline: those not handed in (by unit), then those handed in (the latest first).
  const open: Prisma.ReportWhereInput = { submittedAt: null };
  const inn: Prisma.ReportWhereInput = { submittedAt: { not: null } };
  if (!cur.submittedAt) {
    const [before, prev, nextOpen, firstIn] = await Promise.all([
      db.report.count({ where: within(open, beforeByUnit(cur)) }),
      db.report.findFirst({ where: within(open, beforeByUnit(cur)), orderBy: BY_UNIT_DESC, select: queueSelect }),
      db.report.findFirst({ where: within(open, afterByUnit(cur)), orderBy: BY_UNIT, select: queueSelect }),
      db.report.findFirst({ where: within(inn), orderBy: BY_HANDIN, select: queueSelect }),
    ]);
    return { position: before + 1, prev: entry(prev), next: entry(nextOpen ?? firstIn) };
  }
  const at = cur.submittedAt;
  const [openCount, before, prevIn, lastOpen, next] = await Promise.all([
    db.report.count({ where: within(open) }),
    db.report.count({ where: within(inn, beforeByHandIn(cur, at)) }),
    db.report.findFirst({ where: within(inn, beforeByHandIn(cur, at)), orderBy: BY_HANDIN_DESC, select: queueSelect }),
    db.report.findFirst({ where: within(open), orderBy: BY_UNIT_DESC, select: queueSelect }),
    db.report.findFirst({ where: within(inn, afterByHandIn(cur, at)), orderBy: BY_HANDIN, select: queueSelect }),
  ]);
  return { position: openCount + before + 1, prev: entry(prevIn ?? lastOpen), next: entry(next) };
}

/** The statuses a unit can be in on the dashboard, in the order of the status chips. */
export const DASHBOARD_STATUSES: readonly DashboardStatus[] = [...REPORT_STATUSES, "none"];
