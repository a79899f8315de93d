import "server-only";
/**
 * What the supervisor's lists share (the dashboard's pages, its .xlsx, the review queue): the
 * units under the supervisor that a selection keeps (sub-area, kind, name) and the statuses a
 * status filter keeps, each as a `where` the database answers, so no list is loaded to be filtered.
 */
import type { Prisma } from "../generated/prisma/client";
import { REMINDABLE } from "../workflow/reminders";
import type { ReviewFilter } from "../workflow/review-filter";
import { isReportStatus } from "../workflow/statuses";
import { organizationPath, visibleOrganizationWhere } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { can } from "./permissions";

export type Selection = Pick<ReviewFilter, "status"> & Partial<Omit<ReviewFilter, "status" | "year">>;

/** The report statuses a status filter keeps (null: all), and whether units without a report count. */
export function statusFilter(status: string): { statuses: string[] | null; none: boolean } {
  if (status === "none") return { statuses: [], none: true };
  if (status === "notin") return { statuses: REMINDABLE.filter(isReportStatus), none: true };
  if (isReportStatus(status)) return { statuses: [status], none: false };
  return { statuses: null, none: true };
}

export interface Scope {
  /** The units below the supervisor's, enabled. */
  below: Prisma.OrganizationWhereInput;
  unit: { id: string; path: string };
  area: { id: string; name: string; path: string } | null;
}

/** The supervisor's units, and the sub-area asked for; null for users who review nothing. */
export async function scopeOf(user: ActingUser, areaId: string | undefined): Promise<Scope | null> {
  if (!can(user, "report.review") || !user.organizationId) return null;
  const parentId = user.organizationId;
  const [path, visible, area] = await Promise.all([
    organizationPath(parentId),
    visibleOrganizationWhere(user, { below: true }),
    // A sub-area is a unit directly under the supervisor's; anything else is ignored, not an error.
    areaId ? db.organization.findFirst({ where: { id: areaId, parentId }, select: { id: true, name: true, path: true } }) : null,
  ]);
  if (!path) return null;
  return { below: { AND: [visible, { disabled: false }] }, unit: { id: parentId, path }, area };
}

/** The units of the selection apart from status: under the supervisor, in the sub-area, of the kind, named like the search. */
export function unitsWhere(scope: Scope, sel: Selection): Prisma.OrganizationWhereInput {
  const and: Prisma.OrganizationWhereInput[] = [scope.below];
  if (scope.area) and.push({ path: { startsWith: scope.area.path } });
  if (sel.kind) and.push({ kind: sel.kind });
  if (sel.q) and.push({ name: { contains: sel.q } });
  return { AND: and };
}

/**
 * The order of every unit list: by kind, then name, then id (names repeat across counties).
 * Organization_kind_name_id_idx serves it, so a page or a neighbour is read off the index.
 */
export const BY_NAME = [{ kind: "asc" }, { name: "asc" }, { id: "asc" }] satisfies Prisma.OrganizationOrderByWithRelationInput[];
export const BY_NAME_DESC = [{ kind: "desc" }, { name: "desc" }, { id: "desc" }] satisfies Prisma.OrganizationOrderByWithRelationInput[];
