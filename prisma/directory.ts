/**
 * Units and sign-in accounts as the seed writes them, shared with the e2e specs (e2e/own-area.ts), which make
 * units and accounts of their own the same way.
 */
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { childPath } from "../lib/tree/path";

export interface NewOrganization {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export interface NewUser {
  id: string;
  username: string;
  name: string;
  role: string;
  organizationId: string | null;
}

/** Creates a unit below the parent of `parentPath` (null: a root) and returns its materialized path. */
export async function createOrganization(db: PrismaClient, o: NewOrganization, parentPath: string | null): Promise<string> {
  const path = childPath(parentPath, o.id);
  await db.organization.create({ data: { ...o, path } });
  return path;
}

export async function createUser(db: PrismaClient, u: NewUser): Promise<void> {
  await db.user.create({
    data: {
      ...u,
      displayUsername: u.username,
      // better-auth requires a unique e-mail; sign-in is by username only.
      email: `${u.username}@demo.invalid`,
    },
  });
}

/** better-auth's credential account: providerId "credential", accountId = user id, its scrypt hash. */
export async function createPassword(db: PrismaClient, userId: string, password: string): Promise<void> {
  await db.account.create({
    data: { id: `account-${userId}`, accountId: userId, providerId: "credential", userId, password: await hashPassword(password) },
  });
}
