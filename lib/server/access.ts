import "server-only";
import type { ActingUser } from "./acting-user";
import { db } from "./db";

/**
 * The units whose reports a user may see: a clerk their own unit, a supervisor
 * their supervising unit and everything under it, an admin none (admins manage
 * accounts, not reports).
 */
export async function visibleOrganizationIds(user: ActingUser): Promise<string[]> {
  if (!user.organizationId || user.role === "admin") return [];
  if (user.role === "clerk") return [user.organizationId];
  const all = await db.organization.findMany({ select: { id: true, parentId: true } });
  const children = new Map<string, string[]>();
  for (const o of all) if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  const out: string[] = [];
  const stack = [user.organizationId];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** A report the user may see, or null — callers answer 404 either way, so ids of other units leak nothing. */
export async function findVisibleReport(user: ActingUser, reportId: string) {
  const orgs = await visibleOrganizationIds(user);
  return db.report.findFirst({ where: { id: reportId, organizationId: { in: orgs } }, include: { organization: true } });
}
