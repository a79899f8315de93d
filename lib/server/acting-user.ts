import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { auth } from "./auth";
import { db } from "./db";

export type Role = "clerk" | "supervisor" | "admin";

/** Who is acting: every service function takes one and filters by what it may see. */
export interface ActingUser {
  id: string;
  name: string;
  role: Role;
  organizationId: string | null;
  /** Login name, for the header. */
  username?: string;
  /** The unit's name, for the header ("" for the admin). */
  organizationName?: string;
}

export const ROLE_LABELS: Record<Role, string> = { clerk: "填报人", supervisor: "审核人", admin: "管理员" };

const ROLES: readonly string[] = ["clerk", "supervisor", "admin"];

/**
 * The signed-in user of this request from the better-auth session in the
 * database, or null: no cookie, an expired or revoked session, a disabled
 * account, or a disabled unit.
 */
export async function getSessionUser(): Promise<ActingUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const u = await db.user.findUnique({ where: { id: session.user.id }, include: { organization: true } });
  if (!u || u.banned || u.organization?.disabled || !ROLES.includes(u.role)) return null;
  return {
    id: u.id,
    name: u.name,
    role: u.role as Role,
    organizationId: u.organizationId,
    username: u.username ?? undefined,
    organizationName: u.organization?.name ?? "",
  };
}

/**
 * The user of the current request. Without a valid session, a page is sent to
 * the login page (and comes back afterwards); route handlers and server actions
 * are answered 401 by proxy.ts before they get here, so this redirect is only
 * the backstop for a session revoked in between.
 */
export async function getActingUser(): Promise<ActingUser> {
  const user = await getSessionUser();
  if (!user) redirect(await loginUrl());
  return user;
}

/** For pages: the signed-in user, or a redirect to /login?next=<this page>. Optionally only for some roles (others get 404). */
export async function requireUser(...roles: Role[]): Promise<ActingUser> {
  const user = await getActingUser();
  if (roles.length > 0 && !roles.includes(user.role)) {
    notFound();
  }
  return user;
}

/** /login?next=… pointing back at the page being asked for (proxy.ts passes it in x-nianbao-path). */
async function loginUrl(): Promise<string> {
  const h = await headers();
  const path = h.get("x-nianbao-path");
  return path && path.startsWith("/") && !path.startsWith("//") ? `/login?next=${encodeURIComponent(path)}` : "/login";
}
