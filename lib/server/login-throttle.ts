import "server-only";
import { clearCounter, hit, minutesUntil, unhit } from "./rate-counter";

/**
 * Slows down password guessing. Every sign-in reserves a slot in two counters
 * before its password is checked — the username's (MAX_FAILURES per WINDOW) and
 * the address's (MAX_PER_ADDRESS per WINDOW, against one machine trying many
 * names) — and gives it back unless the password was wrong. The reservation is
 * an atomic increment in the database (rate-counter.ts), so a hundred parallel
 * guesses get at most MAX_FAILURES password checks, in one process or several.
 * The address limit is high because a whole office may sit behind one NAT address.
 */
export const MAX_FAILURES = 5;
export const MAX_PER_ADDRESS = 50;
export const WINDOW_MS = 15 * 60_000;

const userKey = (username: string) => `login:user:${username.trim().toLowerCase()}`;
const addressKey = (address: string) => `login:addr:${address}`;

export type Reservation = { ok: true } | { ok: false; minutes: number };

/** Counts this attempt; refuses it (without counting it) when either limit is already used up. */
export async function reserveLoginAttempt(username: string, address: string, now = Date.now()): Promise<Reservation> {
  const user = await hit(userKey(username), WINDOW_MS, now);
  if (user.count > MAX_FAILURES) {
    await unhit(userKey(username));
    return { ok: false, minutes: minutesUntil(user.resetAtMs, now, WINDOW_MS) };
  }
  const addr = await hit(addressKey(address), WINDOW_MS, now);
  if (addr.count > MAX_PER_ADDRESS) {
    await Promise.all([unhit(addressKey(address)), unhit(userKey(username))]);
    return { ok: false, minutes: minutesUntil(addr.resetAtMs, now, WINDOW_MS) };
  }
  return { ok: true };
}

/** The password was right: the username starts afresh and the address gets its slot back. */
export async function loginSucceeded(username: string, address: string): Promise<void> {
  await Promise.all([clearCounter(userKey(username)), unhit(addressKey(address))]);
}

/** The attempt ended before a password was judged (bad input, busy server, disabled account): it does not count. */
export async function loginNotJudged(username: string, address: string): Promise<void> {
  await Promise.all([unhit(userKey(username)), unhit(addressKey(address))]);
}

/** The admin reset the password: the username may try again at once. */
export async function clearLoginFailures(username: string): Promise<void> {
  await clearCounter(userKey(username));
}
