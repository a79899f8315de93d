import "server-only";
import { db } from "./db";

/** The latest 催报 of each unit for a year (ISO time), for the dashboard. */
export async function latestReminders(organizationIds: string[], year: number): Promise<Map<string, string>> {
  const rows = await db.reminder.groupBy({
    by: ["organizationId"],
    where: { organizationId: { in: organizationIds }, year },
    _max: { createdAt: true },
  });
  return new Map(rows.flatMap((r) => (r._max.createdAt ? [[r.organizationId, r._max.createdAt.toISOString()] as const] : [])));
}
