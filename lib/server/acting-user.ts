import "server-only";
import { db } from "./db";

export type Role = "clerk" | "supervisor" | "admin";

/** Who is acting: every service function takes one and filters by what it may see. */
export interface ActingUser {
  id: string;
  name: string;
  role: Role;
  organizationId: string | null;
}

/**
 * The user of the current request. Until accounts exist (issue: accounts and
 * review), everyone acts as the demo clerk of the first demo town.
 */
export async function getActingUser(): Promise<ActingUser> {
  const u = await db.user.findUniqueOrThrow({ where: { id: "user-donghu" } });
  return { id: u.id, name: u.name, role: u.role as Role, organizationId: u.organizationId };
}
