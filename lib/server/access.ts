import "server-only";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import type { ActingUser } from "./acting-user";
import { db } from "./db";

/** Matches no row: for users who see no reports (admins manage accounts, not reports). */
const NOTHING = { id: { in: [] } } satisfies Prisma.OrganizationWhereInput;

/**
 * The units whose reports a user may see, as a `where` on Organization: a clerk their own
 * unit, a supervisor their unit and everything under it (a prefix match on the indexed
 * materialized path, so the query stays the same size at any depth and any number of
 * units), an admin none. `below: true` leaves out the supervisor's own unit (the units
 * they supervise).
 */
export async function visibleOrganizationWhere(user: ActingUser, options: { below?: boolean } = {}): Promise<Prisma.OrganizationWhereInput> {
  if (!user.organizationId || user.role === "admin") return NOTHING;
  if (user.role === "clerk") return options.below ? NOTHING : { id: user.organizationId };
  const path = await organizationPath(user.organizationId);
  if (!path) return NOTHING;
  return options.below ? { path: { startsWith: path }, NOT: { id: user.organizationId } } : { path: { startsWith: path } };
}

/**
 * The path of a unit, read once per request: a page's services each ask for the supervisor's
 * (React `cache` lives as long as one server render; a server action, outside any render, reads afresh).
 */
export const organizationPath = cache(async (organizationId: string): Promise<string | null> => {
  const own = await db.organization.findUnique({ where: { id: organizationId }, select: { path: true } });
  return own?.path || null;
});

/** The reports a user may see, as a `where` on Report (a clerk's needs no join). */
export async function visibleReportWhere(user: ActingUser, options: { below?: boolean } = {}): Promise<Prisma.ReportWhereInput> {
  if (user.role === "clerk" && user.organizationId && !options.below) return { organizationId: user.organizationId };
  return { organization: await visibleOrganizationWhere(user, options) };
}

/** A report the user may see, or null — callers answer 404 either way, so ids of other units leak nothing. */
export async function findVisibleReport(user: ActingUser, reportId: string) {
  return visibleReport(user, reportId);
}

/**
 * Read once per request for the same user and report (React `cache`; the request's user is one
 * object, getSessionUser): the review page's services (the report, its comments, its history, its
 * changes) each check visibility, and on PostgreSQL every repeat was a round trip of its own.
 * Callers only read the row.
 */
const visibleReport = cache(async (user: ActingUser, reportId: string) =>
  db.report.findFirst({ where: { id: reportId, ...(await visibleReportWhere(user)) }, include: { organization: true } }),
);

/** Whether the user may see the unit `organizationId` (its reports, its imports). */
export async function isVisibleOrganization(user: ActingUser, organizationId: string): Promise<boolean> {
  if (user.role === "clerk") return user.organizationId === organizationId;
  return (await db.organization.count({ where: { AND: [{ id: organizationId }, await visibleOrganizationWhere(user)] } })) > 0;
}

