import "server-only";
import { db } from "./db";

/**
 * Fixed-window counters in the database, so every server process shares them.
 * `hit` is one INSERT … ON CONFLICT DO UPDATE … RETURNING statement: the check and
 * the increment cannot be split by a concurrent request (SQLite and PostgreSQL
 * both run it atomically), which is what keeps a burst of parallel requests from
 * all reading the same old count.
 */
export interface Hit {
  /** Hits in the current window, this one included. */
  count: number;
  /** When the current window ends (ms since 1970). */
  resetAtMs: number;
}

export async function hit(key: string, windowMs: number, now = Date.now()): Promise<Hit> {
  const nowMs = BigInt(now);
  const resetAt = BigInt(now + windowMs);
  const rows = await db.$queryRaw<{ count: number | bigint; resetAtMs: number | bigint }[]>`
    INSERT INTO "RateCounter" ("key", "count", "resetAtMs") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateCounter"."resetAtMs" <= ${nowMs} THEN 1 ELSE "RateCounter"."count" + 1 END,
      "resetAtMs" = CASE WHEN "RateCounter"."resetAtMs" <= ${nowMs} THEN excluded."resetAtMs" ELSE "RateCounter"."resetAtMs" END
    RETURNING "count", "resetAtMs"`;
  const row = rows[0];
  return { count: Number(row.count), resetAtMs: Number(row.resetAtMs) };
}

/** Takes one hit back (the request turned out not to count, e.g. a successful sign-in). */
export async function unhit(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateCounter" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`;
}

export async function clearCounter(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateCounter" WHERE "key" = ${key}`;
}

/**
 * Whole minutes until the window ends, at least 1 and at most the window's length: a parallel hit
 * that opened the window a moment after this request's `now` sets its end that much later, which
 * must not read as one minute more than the window (16 for 15).
 */
export const minutesUntil = (resetAtMs: number, now: number, windowMs: number): number =>
  Math.min(Math.ceil(windowMs / 60_000), Math.max(1, Math.ceil((resetAtMs - now) / 60_000)));
