import "server-only";
/**
 * 各辖区提交情况 in one aggregate query: the supervisor's units (enabled) with their report of
 * the year, counted per status and per key — the unit's parent, or for a unit directly under
 * the supervisor the unit itself — so a few hundred rows at most come back however many units
 * there are; the keys are then folded into the sub-areas (a unit directly under the supervisor's
 * and everything below it) with the short list of units that have units under them.
 *
 * Plain SQL that SQLite and PostgreSQL read alike (quoted names, substr for the path prefix as
 * moveOrganization uses it, NOT on the boolean, GROUP BY positions): Prisma's groupBy cannot
 * group reports by a column of their unit.
 */
import { isReportStatus, type ReportStatus } from "../workflow/statuses";
import { db } from "./db";

export type Tally = Record<ReportStatus | "none", number>;

export const emptyTally = (): Tally => ({ none: 0, draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 });

export interface AreaTally {
  /** The sub-area's unit, or null for the units directly under the supervisor with none below them. */
  areaId: string | null;
  name: string;
  units: number;
  counts: Tally;
}

export async function areaTallies(unit: { id: string; path: string }, year: number): Promise<{ areas: AreaTally[]; whole: AreaTally }> {
  const [rows, inner] = await Promise.all([
    db.$queryRaw<{ k: string; status: string | null; n: number | bigint }[]>`
      SELECT CASE WHEN o."parentId" = ${unit.id} THEN o."id" ELSE o."parentId" END AS "k", r."status" AS "status", COUNT(*) AS "n"
      FROM "Organization" o
      LEFT JOIN "Report" r ON r."organizationId" = o."id" AND r."year" = ${year}
      WHERE substr(o."path", 1, ${unit.path.length}) = ${unit.path} AND o."id" <> ${unit.id} AND NOT o."disabled"
      GROUP BY 1, 2`,
    // The units under the supervisor that have units under them (cities, counties: few), disabled ones too,
    // so that the units under a disabled one still find their sub-area.
    db.organization.findMany({
      where: { path: { startsWith: unit.path }, NOT: { id: unit.id }, children: { some: {} } },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, path: true, parentId: true },
    }),
  ]);
  const areaOf = new Map<string, string>();
  for (const o of inner) areaOf.set(o.id, o.path.slice(unit.path.length).split("/")[0]);
  const areas = new Map<string, AreaTally>();
  for (const o of inner) if (o.parentId === unit.id) areas.set(o.id, { areaId: o.id, name: o.name, units: 0, counts: emptyTally() });
  const direct: AreaTally = { areaId: null, name: "直属单位", units: 0, counts: emptyTally() };
  const whole: AreaTally = { areaId: null, name: "所辖全部", units: 0, counts: emptyTally() };
  for (const r of rows) {
    const n = Number(r.n);
    const area = areas.get(areaOf.get(r.k) ?? "") ?? direct;
    const status: ReportStatus | "none" | null = r.status === null ? "none" : isReportStatus(r.status) ? r.status : null;
    for (const t of [area, whole]) {
      t.units += n;
      if (status) t.counts[status] += n;
    }
  }
  return { areas: [...areas.values(), ...(direct.units > 0 ? [direct] : [])], whole };
}
