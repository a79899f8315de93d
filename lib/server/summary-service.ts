import "server-only";
/**
 * The supervisor's summary of tables 二–四, level by level: at the supervisor's unit (or a unit
 * below it they open), one column per unit directly under it — a unit's own figures, or for a
 * unit with units below it (a city, a county) the sum over all of them — and the level's own
 * report first when it has one. A county's columns are its units, as before; a province's are its
 * cities and departments, and each city opens to its counties. Summed from the roll-ups kept with
 * approved and published reports (lib/report/rollup.ts), read by one query; reports in other
 * statuses, which carry none, are rolled up as they are read, a batch at a time.
 */
import type { Prisma } from "../generated/prisma/client";
import { addRollup, isRolledUp, rollupLayout, rollupOf, type Rollup } from "../report/rollup";
import { parseReport } from "../report/schema";
import { summarizeColumns, type Summary } from "../report/summary";
import { formatForYear, type FormatId } from "../template";
import { isReportStatus, type ReportStatus } from "../workflow/statuses";
import { visibleOrganizationWhere } from "./access";
import type { ActingUser } from "./acting-user";
import { BY_NAME } from "./dashboard-scope";
import { db } from "./db";
import { fillMissingRollups } from "./rollup-store";
import { unitTrail } from "./unit-trail";

/** By default the summary counts what the supervisor has accepted. */
export const DEFAULT_SUMMARY_STATUSES: readonly ReportStatus[] = ["approved", "published"];

/** The statuses asked for in the address ("approved,published"), known ones only; the default when none. */
export function parseSummaryStatuses(input: string | string[] | undefined): ReportStatus[] {
  const list = (Array.isArray(input) ? input : (input ?? "").split(",")).map((s) => s.trim()).filter(isReportStatus);
  return list.length ? [...new Set(list)] : [...DEFAULT_SUMMARY_STATUSES];
}

/** A column of the summary: a unit directly under the level, or the level's own report. */
export interface LevelColumn {
  id: string;
  name: string;
  /** Reports summed in it. */
  reports: number;
  /** It has units under it: the summary opens one level down there. */
  area: boolean;
  /** The level's own report (本级). */
  own: boolean;
}

export interface LevelSummary {
  summary: Summary;
  /** The level shown: the supervisor's unit or one below it, and the units from the supervisor's down to it. */
  level: { id: string; name: string };
  trail: { id: string; name: string }[];
  columns: LevelColumn[];
  /** Reports summed over all columns. */
  reports: number;
}

/** Reports read at once where their JSON is needed (tens of kilobytes each). */
const REPORT_BATCH = 300;

/**
 * The summary of `year` at the supervisor's unit, or at `levelId` when that is a unit below it
 * (anything else is the supervisor's own level). Only supervisors; others get null.
 */
export async function supervisorSummary(user: ActingUser, year: number, statuses: readonly ReportStatus[], levelId?: string): Promise<LevelSummary | null> {
  if (user.role !== "supervisor" || !user.organizationId) return null;
  const format = formatForYear(year);
  if (!format) return null;
  const select = { id: true, name: true, path: true } as const;
  const chosen = levelId
    ? await db.organization.findFirst({ where: { AND: [{ id: levelId }, await visibleOrganizationWhere(user, { below: true })] }, select })
    : null;
  const level = chosen ?? (await db.organization.findUnique({ where: { id: user.organizationId }, select }));
  if (!level?.path) return null;

  // The level's own report counts only below the supervisor's unit (the supervisor's own is not theirs to review).
  const own = level.id !== user.organizationId;
  const units: Prisma.OrganizationWhereInput = { AND: [{ path: { startsWith: level.path } }, { disabled: false }, own ? {} : { NOT: { id: level.id } }] };
  const [children, trail] = await Promise.all([
    db.organization.findMany({ where: { parentId: level.id, disabled: false }, orderBy: BY_NAME, select: { id: true, name: true, _count: { select: { children: true } } } }),
    unitTrail(level.path, user.organizationId),
  ]);

  const sums = new Map<string, { n: (number | null)[]; reports: number }>();
  let skipped = 0;
  const column = (path: string) => (path === level.path ? level.id : path.slice(level.path.length).split("/")[0]);
  const add = (path: string, rollup: Rollup) => {
    const key = column(path);
    const s = sums.get(key) ?? { n: [], reports: 0 };
    addRollup(s.n, rollup.n);
    s.reports++;
    sums.set(key, s);
  };
  const layout = rollupLayout(format);
  const where = (st: ReportStatus[]): Prisma.ReportWhereInput => ({ year, status: { in: st }, organization: units });
  const rolled = statuses.filter(isRolledUp);
  const other = statuses.filter((s) => !isRolledUp(s));
  if (rolled.length) {
    // One plain query (as area-tally.ts: SQL that SQLite and PostgreSQL read alike): a few hundred bytes a report;
    // through Prisma's relation select each batch cost a second query with its ids listed.
    const [first, second = first] = rolled;
    const read = () => db.$queryRaw<{ path: string; format: string; rollup: string | null }[]>`
      SELECT o."path" AS "path", r."format" AS "format", r."rollup" AS "rollup"
      FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId"
      WHERE r."year" = ${year} AND r."status" IN (${first}, ${second})
        AND substr(o."path", 1, ${level.path.length}) = ${level.path} AND NOT o."disabled" AND o."id" <> ${own ? "" : level.id}`;
    let rows = await read();
    const current = (r: (typeof rows)[number]) => r.rollup !== null && r.rollup.startsWith(`{"k":"${layout}"`);
    // An accepted report without a current roll-up (from before the column, or another layout of the cells) gets
    // one first, as the dashboard does — looked for in what was read, not by a query of its own.
    if (rows.some((r) => r.format === format && !current(r))) {
      await fillMissingRollups(db, where(rolled));
      rows = await read();
    }
    for (const r of rows) {
      if (r.format !== format || !current(r)) skipped++;
      else add(r.path, JSON.parse(r.rollup!) as Rollup);
    }
  }
  if (other.length) {
    await eachBatch(where(other), { data: true }, REPORT_BATCH, (r) => {
      const report = parsed(r.data);
      if (!report || report.format !== format) skipped++;
      else add(r.organization.path, rollupOf(report));
    });
  }

  const columns: LevelColumn[] = [];
  const summed: { name: string; n: (number | null)[] }[] = [];
  const push = (id: string, name: string, area: boolean, isOwn: boolean) => {
    const s = sums.get(id);
    if (!s) return;
    columns.push({ id, name, reports: s.reports, area, own: isOwn });
    summed.push({ name: isOwn ? `${name}（本级）` : area ? `${name}（${s.reports} 份合计）` : name, n: s.n });
  };
  push(level.id, level.name, false, true);
  for (const c of children) push(c.id, c.name, c._count.children > 0, false);
  return {
    summary: summarizeColumns(summed, year, format as FormatId, skipped),
    level: { id: level.id, name: level.name },
    trail,
    columns,
    reports: columns.reduce((n, c) => n + c.reports, 0),
  };
}

type BatchRow = { id: string; format: string; rollup?: string | null; data?: string; organization: { path: string } };

/** The reports of `where` a batch at a time (keyed by id), each with its unit's path and the fields asked for. */
async function eachBatch(where: Prisma.ReportWhereInput, fields: { rollup?: true; data?: true }, size: number, fn: (r: BatchRow) => void): Promise<void> {
  const select: Prisma.ReportSelect = { id: true, format: true, organization: { select: { path: true } }, ...fields };
  for (let after: string | undefined; ; ) {
    const rows = (await db.report.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      select,
      orderBy: { id: "asc" },
      take: size,
    })) as unknown as BatchRow[];
    for (const r of rows) fn(r);
    if (rows.length < size) return;
    after = rows[rows.length - 1].id;
  }
}

function parsed(data: string | undefined) {
  try {
    const p = parseReport(JSON.parse(data ?? ""));
    return p.ok ? p.report : null;
  } catch {
    return null;
  }
}
