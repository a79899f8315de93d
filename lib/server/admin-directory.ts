import "server-only";
/**
 * What the admin page reads: the unit tree a level at a time (or the units named like a search,
 * at any level), the accounts a page at a time, and the few units a picker offers as the admin
 * types. Each is a paged or bounded query, so the page is the same size at 30 units and at 35,000
 * (the whole tree, read and sent to the page four times over, was 4.6 MB of props at 35,000).
 * Only admins; everyone else gets null.
 */
import type { Prisma } from "../generated/prisma/client";
import type { ActingUser } from "./acting-user";
import { BY_NAME } from "./dashboard-scope";
import { db } from "./db";
import { can } from "./permissions";
import { unitTrail } from "./unit-trail";

export const ADMIN_PAGE_SIZE = 50;
/** Units a picker offers at a time; more are found by typing more of the name. */
export const UNIT_PICKER_CHOICES = 20;

export interface AdminUnitRow {
  id: string;
  name: string;
  kind: string;
  disabled: boolean;
  userCount: number;
  childCount: number;
  /** The unit above it (shown for search results, which come from any level). */
  parentName: string | null;
}

export interface AdminUnitPage {
  rows: AdminUnitRow[];
  total: number;
  page: number;
  pageCount: number;
  /** The unit whose children are listed (null: the top level, or a search). */
  parent: { id: string; name: string } | null;
  /** The units from the top down to `parent`, for the breadcrumb. */
  trail: { id: string; name: string }[];
  q: string;
}

const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
const clampPage = (page: number | undefined, total: number) => Math.min(Math.max(1, page ?? 1), pageCountOf(total));

/** The children of `parentId` (the top level when empty), or with `q` every unit whose name contains it. */
export async function adminUnitPage(user: ActingUser, sel: { parentId?: string; q?: string; page?: number } = {}): Promise<AdminUnitPage | null> {
  if (!can(user, "admin.manage")) return null;
  const q = (sel.q ?? "").trim().slice(0, 50);
  const parent = !q && sel.parentId ? await db.organization.findUnique({ where: { id: sel.parentId }, select: { id: true, name: true, path: true } }) : null;
  const where: Prisma.OrganizationWhereInput = q ? { name: { contains: q } } : { parentId: parent?.id ?? null };
  const total = await db.organization.count({ where });
  const page = clampPage(sel.page, total);
  const [units, trail] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: BY_NAME,
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, name: true, kind: true, disabled: true, parent: { select: { name: true } }, _count: { select: { users: true, children: true } } },
    }),
    parent ? unitTrail(parent.path) : [],
  ]);
  return {
    rows: units.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      disabled: o.disabled,
      userCount: o._count.users,
      childCount: o._count.children,
      parentName: o.parent?.name ?? null,
    })),
    total,
    page,
    pageCount: pageCountOf(total),
    parent: parent ? { id: parent.id, name: parent.name } : null,
    trail,
    q,
  };
}

/** Enabled units whose name contains `q` (the first by name when empty), with the unit above each. */
export async function searchAdminUnits(user: ActingUser, q: string): Promise<{ units: { id: string; name: string; parentName: string | null }[]; more: boolean } | null> {
  if (!can(user, "admin.manage")) return null;
  const name = q.trim().slice(0, 50);
  const rows = await db.organization.findMany({
    where: { disabled: false, ...(name ? { name: { contains: name } } : {}) },
    orderBy: BY_NAME,
    take: UNIT_PICKER_CHOICES + 1,
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  return { units: rows.slice(0, UNIT_PICKER_CHOICES).map((r) => ({ id: r.id, name: r.name, parentName: r.parent?.name ?? null })), more: rows.length > UNIT_PICKER_CHOICES };
}

export interface UserRow {
  id: string;
  username: string;
  name: string;
  role: string;
  organizationId: string | null;
  organizationName: string;
  disabled: boolean;
}

export interface AdminUserPage {
  rows: UserRow[];
  total: number;
  page: number;
  pageCount: number;
  q: string;
}

/** Accounts, the newest first, 50 a page; `q` finds them by username, name or unit name. */
export async function adminUserPage(user: ActingUser, sel: { q?: string; page?: number } = {}): Promise<AdminUserPage | null> {
  if (!can(user, "admin.manage")) return null;
  const q = (sel.q ?? "").trim().slice(0, 50);
  const where: Prisma.UserWhereInput = q ? { OR: [{ username: { contains: q.toLowerCase() } }, { name: { contains: q } }, { organization: { name: { contains: q } } }] } : {};
  const total = await db.user.count({ where });
  const page = clampPage(sel.page, total);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: { id: true, username: true, name: true, role: true, organizationId: true, banned: true, organization: { select: { name: true } } },
  });
  return {
    rows: rows.map((u) => ({
      id: u.id,
      username: u.username ?? "",
      name: u.name,
      role: u.role,
      organizationId: u.organizationId,
      organizationName: u.organization?.name ?? "",
      disabled: Boolean(u.banned),
    })),
    total,
    page,
    pageCount: pageCountOf(total),
    q,
  };
}
