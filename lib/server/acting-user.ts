import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/workflow/roles";
import { auth } from "./auth";
import { db } from "./db";
import { safeNext } from "./safe-next";
import { lookupSession, type SessionUserRow } from "./session-lookup";

export type { Role };

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
 * The signed-in user of this request from the session in the database, or
 * null: no cookie, an expired or revoked session, a disabled account, or a
 * disabled unit. Usually one query (session-lookup.ts); better-auth answers
 * when the session must be extended or cleaned up. Read once per request:
 * the header, the page and its services all get the same answer (React `cache`).
 */
export const getSessionUser = cache(async function getSessionUser(): Promise<ActingUser | null> {
  const h = await headers();
  const found = await lookupSession(h);
  if (found.kind === "none") return null;
  const u = found.kind === "found" ? found.user : await userViaBetterAuth(h);
  if (!u || u.banned || u.organization?.disabled || !ROLES.includes(u.role)) return null;
  return {
    id: u.id,
    name: u.name,
    role: u.role as Role,
    organizationId: u.organizationId,
    username: u.username ?? undefined,
    organizationName: u.organization?.name ?? "",
  };
});

async function userViaBetterAuth(h: Headers): Promise<SessionUserRow | null> {
  const session = await auth.api.getSession({ headers: h });
  if (!session) return null;
  return db.user.findUnique({ where: { id: session.user.id }, include: { organization: true } });
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
  const path = safeNext(h.get("x-nianbao-path"));
  return path ? `/login?next=${encodeURIComponent(path)}` : "/login";
}
