/**
 * The one-query session lookup behind every autosave agrees with better-auth:
 * a cookie better-auth set is found, a forged or altered one is not, and
 * whatever better-auth must handle itself (expired, due for its daily
 * extension, revoked) is handed back to it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTestDatabase } from "./test-database";

const testDb = copyTestDatabase("nianbao-session-");

let db: typeof import("@/lib/server/db").db;
let auth: typeof import("@/lib/server/auth").auth;
let lookup: typeof import("@/lib/server/session-lookup");

beforeAll(async () => {
  db = (await import("@/lib/server/db")).db;
  auth = (await import("@/lib/server/auth")).auth;
  lookup = await import("@/lib/server/session-lookup");
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  testDb.remove();
});

/** Signs in as better-auth's endpoint would for a browser, and returns the Cookie header the browser would send back. */
async function signIn(username: string): Promise<string> {
  const res = await auth.api.signInUsername({ body: { username, password: `${username}123` }, asResponse: true });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const headersWith = (cookie: string) => new Headers({ cookie: `theme=light; ${cookie}; other=1` });
const tokenOf = (cookie: string) => decodeURIComponent(cookie.split("=")[1]).split(".")[0];

describe("lookupSession", () => {
  it("finds the user and unit of a session better-auth created, as better-auth does", async () => {
    const cookie = await signIn("donghu");
    const found = await lookup.lookupSession(headersWith(cookie));
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(found.user.username).toBe("donghu");
    expect(found.user.organization?.name).toContain("东湖镇");
    const theirs = await auth.api.getSession({ headers: headersWith(cookie) });
    expect(theirs?.user.id).toBe(found.user.id);
  });

  it("finds nothing without a cookie or with a forged or altered signature", async () => {
    const cookie = await signIn("xishan");
    const [name, value] = cookie.split("=");
    const token = tokenOf(cookie);
    expect(await lookup.lookupSession(new Headers())).toEqual({ kind: "none" });
    expect(await lookup.lookupSession(headersWith(`${name}=${token}`))).toEqual({ kind: "none" });
    const forged = `${token}.${Buffer.alloc(32, 7).toString("base64")}`;
    expect(await lookup.lookupSession(headersWith(`${name}=${encodeURIComponent(forged)}`))).toEqual({ kind: "none" });
    const otherToken = `${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}`;
    const swapped = decodeURIComponent(value).replace(token, otherToken);
    expect(await lookup.lookupSession(headersWith(`${name}=${encodeURIComponent(swapped)}`))).toEqual({ kind: "none" });
    expect(await auth.api.getSession({ headers: headersWith(`${name}=${encodeURIComponent(forged)}`) })).toBeNull();
  });

  it("hands expired, revoked and due-for-extension sessions back to better-auth", async () => {
    const cookie = await signIn("nanhe");
    const token = tokenOf(cookie);
    const day = 24 * 3600 * 1000;

    // Created two days ago: better-auth extends a session once a day (updateAge), so it must answer.
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() + 5 * day) } });
    expect((await lookup.lookupSession(headersWith(cookie))).kind).toBe("askBetterAuth");
    const extended = await auth.api.getSession({ headers: headersWith(cookie) });
    expect(extended?.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * day);
    expect((await lookup.lookupSession(headersWith(cookie))).kind).toBe("found");

    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await lookup.lookupSession(headersWith(cookie))).kind).toBe("askBetterAuth");
    expect(await auth.api.getSession({ headers: headersWith(cookie) })).toBeNull();

    const again = await signIn("nanhe");
    await db.session.deleteMany({ where: { token: tokenOf(again) } });
    expect((await lookup.lookupSession(headersWith(again))).kind).toBe("askBetterAuth");
    expect(await auth.api.getSession({ headers: headersWith(again) })).toBeNull();
  });
});

describe("readCookie", () => {
  it("reads the named cookie, percent-decoded, ignoring others and quotes", () => {
    expect(lookup.readCookie("a=1; b=%2Bx%3D; c=3", "b")).toBe("+x=");
    expect(lookup.readCookie('a=1;b="q"', "b")).toBe("q");
    expect(lookup.readCookie("ab=1", "b")).toBeNull();
    expect(lookup.readCookie("b=%E0%A4%A", "b")).toBe("%E0%A4%A");
  });
});
