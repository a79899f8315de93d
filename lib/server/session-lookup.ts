import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { auth } from "./auth";
import { db } from "./db";

/**
 * The signed-in user of a request in one database query: the session cookie's
 * signature is checked here (HMAC-SHA256 with the auth secret, as better-auth
 * signs it) and the session is read joined with its user and unit.
 *
 * Every autosave asks this, so it must be cheap (an autosave round trip within 30 ms);
 * better-auth's own getSession reads session and user in separate queries and
 * we then needed a third for the unit. Whenever better-auth would do more than
 * read — the session is expired (it deletes it) or due for its daily extension
 * (`updateAge`, it writes the new expiry and cookie) — or the token is not
 * found, the answer is left to better-auth, so revocation and refresh behave
 * exactly as before.
 */
export type SessionLookup =
  | { kind: "none" }
  | { kind: "found"; user: SessionUserRow }
  | { kind: "askBetterAuth" };

export type SessionUserRow = NonNullable<Awaited<ReturnType<typeof findSessionRow>>>["user"];

export async function lookupSession(headers: Headers): Promise<SessionLookup> {
  const ctx = await auth.$context;
  const raw = readCookie(headers.get("cookie") ?? "", ctx.authCookies.sessionToken.name);
  if (!raw) return { kind: "none" };
  const token = verifiedToken(raw, ctx.secret);
  if (!token) return { kind: "none" };

  const row = await findSessionRow(token);
  if (!row) return { kind: "askBetterAuth" };
  const now = Date.now();
  const expiresAt = row.expiresAt.getTime();
  const { expiresIn, updateAge } = ctx.sessionConfig;
  const dueForExtension = expiresAt - expiresIn * 1000 + updateAge * 1000 <= now;
  if (expiresAt < now || dueForExtension) return { kind: "askBetterAuth" };
  return { kind: "found", user: row.user };
}

function findSessionRow(token: string) {
  return db.session.findUnique({
    where: { token },
    select: { expiresAt: true, user: { include: { organization: true } } },
  });
}

/** The first cookie of that name, percent-decoded (better-call writes the signed value with encodeURIComponent). */
export function readCookie(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** "token.base64(HMAC-SHA256(secret, token))" → token, or null when the signature does not match. */
export function verifiedToken(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const token = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(createHmac("sha256", secret).update(token).digest("base64"));
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
