/**
 * Writing the roll-ups (lib/report/rollup.ts) into Report.rollup. Takes the client as a
 * parameter (no "server-only"): the seed and bench:data fill them with their own client.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { rollupLayout, rollupOf } from "../report/rollup";
import { parseReport } from "../report/schema";
import { FORMAT_IDS } from "../template";

/** The roll-up column of a stored report's JSON; an empty one for content that does not parse (it adds nothing). */
export function rollupColumn(data: string): string {
  try {
    const p = parseReport(JSON.parse(data));
    if (p.ok) return JSON.stringify(rollupOf(p.report));
  } catch {
    /* adds nothing */
  }
  return JSON.stringify({ k: "", n: [] });
}

/** Roll-ups written under the current layout of their format's cells start like this. */
const current = (): Prisma.ReportWhereInput => ({
  OR: FORMAT_IDS.map((format) => ({ format, rollup: { startsWith: `{"k":"${rollupLayout(format)}"` } })),
});

type Client = Pick<PrismaClient, "report">;

/**
 * Fills the roll-up of every approved or published report (within `where`) that has none or a
 * stale one: those from before the roll-up column, written by a path that does not keep it, or
 * under another layout of the template's cells. In batches, so a big database is not read at
 * once. Returns how many it filled.
 */
export async function fillMissingRollups(db: Client, where: Prisma.ReportWhereInput = {}): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.report.findMany({
      where: { AND: [where, { status: { in: ["approved", "published"] } }, { OR: [{ rollup: null }, { NOT: current() }] }] },
      select: { id: true, data: true, updatedAt: true },
      take: 200,
    });
    if (rows.length === 0) return filled;
    // updatedAt given as it was: filling a roll-up is not a change to the report (最后修改).
    for (const r of rows) await db.report.update({ where: { id: r.id }, data: { rollup: rollupColumn(r.data), updatedAt: r.updatedAt } });
    filled += rows.length;
  }
}
