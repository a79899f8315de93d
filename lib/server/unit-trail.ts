import "server-only";
import { pathIds } from "../tree/path";
import { db } from "./db";

/**
 * The units of a materialized path with their names, top first — from `fromId` down when given
 * (the breadcrumbs of /admin and the 汇总表). One query for as many units as the tree is deep.
 */
export async function unitTrail(path: string, fromId?: string): Promise<{ id: string; name: string }[]> {
  const ids = pathIds(path, fromId);
  const rows = await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
