import "server-only";
import { db } from "./db";

/**
 * Slows down password guessing per username: after MAX_FAILURES failed sign-ins
 * within WINDOW, further attempts are refused until the oldest one ages out.
 * Kept in the database (better-auth's Verification table) so it holds across
 * server processes and restarts.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

const key = (username: string) => `login-failure:${username.trim().toLowerCase()}`;

/** Minutes until the next attempt is allowed, or 0 when the user may try now. */
export async function loginBlockedMinutes(username: string, now = new Date()): Promise<number> {
  const recent = await db.verification.findMany({
    where: { identifier: key(username), expiresAt: { gt: now } },
    orderBy: { expiresAt: "asc" },
    select: { expiresAt: true },
  });
  if (recent.length < MAX_FAILURES) return 0;
  const freeAt = recent[recent.length - MAX_FAILURES].expiresAt.getTime();
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

export async function recordLoginFailure(username: string, now = new Date()): Promise<void> {
  await db.verification.deleteMany({ where: { identifier: key(username), expiresAt: { lte: now } } });
  await db.verification.create({
    data: { id: crypto.randomUUID(), identifier: key(username), value: "1", expiresAt: new Date(now.getTime() + WINDOW_MS) },
  });
}

export async function clearLoginFailures(username: string): Promise<void> {
  await db.verification.deleteMany({ where: { identifier: key(username) } });
}
