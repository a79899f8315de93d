import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./db";

/** The latest 催报 of each unit for a year (ISO time), for the dashboard. */
export async function latestReminders(units: Prisma.OrganizationWhereInput, year: number): Promise<Map<string, string>> {
  const rows = await db.reminder.groupBy({
    by: ["organizationId"],
    where: { year, organization: units },
    _max: { createdAt: true },
  });
  return new Map(rows.flatMap((r) => (r._max.createdAt ? [[r.organizationId, r._max.createdAt.toISOString()] as const] : [])));
}
