/**
 * The pure parts of the security hardening: where ?next= may send a user, the
 * download name's length, the bound on concurrent password hashes, the nesting
 * bound, and which secret a server may sign with.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attachmentDisposition, truncatedFileName } from "@/lib/docx/content-disposition";
import { nestsDeeperThan } from "@/lib/request-limits";
import { authSecret, DEV_ONLY_SECRET } from "@/lib/server/auth-secret";
import { clientAddress } from "@/lib/server/client-address";
import { createHashQueue, HashQueueFull } from "@/lib/server/hash-queue";
import { safeNext } from "@/lib/server/safe-next";
import { isHttps, withSecureCookies } from "@/lib/server/secure-cookies";
import { ensureAuthSecret, secretFileFor } from "../scripts/auth-secret.mjs";

describe("safeNext: only the app's own pages", () => {
  it("keeps an app page with its query", () => {
    expect(safeNext("/reports/abc123?step=preview")).toBe("/reports/abc123?step=preview");
    expect(safeNext("/review")).toBe("/review");
    expect(safeNext("/admin")).toBe("/admin");
  });
  it.each([
    "/%09/evil.example",
    "/\t/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\\\\evil.example",
    "/\n/evil.example",
    "https://evil.example/reports",
    "/.//evil.example",
    "/api/auth/sign-out",
    "/reports/../api/x",
    "/login",
    "reports",
    "",
  ])("refuses %j", (next) => {
    expect(safeNext(next)).toBeNull();
  });
  it("a newline inside a path cannot reach a header: the parser drops it", () => {
    const got = safeNext("/reports\r\nSet-Cookie: x=1");
    expect(got === null || !/[\r\n]/.test(got)).toBe(true);
  });
  it("refuses non-strings", () => {
    expect(safeNext(undefined)).toBeNull();
    expect(safeNext(["/reports"])).toBeNull();
  });
});

describe("download name", () => {
  it("a 30,000-character organ name makes a header of a few hundred bytes that keeps year and title", () => {
    const name = `${"示例区".repeat(10_000)}2023年政府信息公开工作年度报告.docx`;
    const header = attachmentDisposition(name, "report-2023.docx");
    expect(header.length).toBeLessThan(1000);
    const encoded = /filename\*=UTF-8''(.*)$/.exec(header)![1];
    const decoded = decodeURIComponent(encoded);
    expect(decoded.startsWith("示例区")).toBe(true);
    expect(decoded.endsWith("2023年政府信息公开工作年度报告.docx")).toBe(true);
    expect(decoded).toContain("…");
  });
  it("short names are untouched; surrogate pairs are never cut", () => {
    expect(truncatedFileName("东湖镇2023年政府信息公开工作年度报告.docx")).toBe("东湖镇2023年政府信息公开工作年度报告.docx");
    const cut = truncatedFileName(`${"𠀀".repeat(200)}.json`);
    expect([...cut].every((c) => c !== "\ud840")).toBe(true);
    expect(cut.endsWith(".json")).toBe(true);
  });
});

describe("hash queue", () => {
  it("runs at most `running` at once, queues `waiting`, refuses the rest at once", async () => {
    const limited = createHashQueue(1, 2);
    let active = 0;
    let most = 0;
    const work = () =>
      limited(async () => {
        active++;
        most = Math.max(most, active);
        await new Promise((r) => setTimeout(r, 20));
        active--;
        return "ok";
      });
    const results = await Promise.allSettled([work(), work(), work(), work(), work()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(refused).toHaveLength(2);
    expect(refused.every((r) => r.reason instanceof HashQueueFull)).toBe(true);
    expect(most).toBe(1);
    // Free again afterwards.
    await expect(work()).resolves.toBe("ok");
  });
  it("a failing hash frees its slot", async () => {
    const limited = createHashQueue(1, 0);
    await expect(limited(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limited(async () => 1)).resolves.toBe(1);
  });
});

describe("nesting", () => {
  it("5,000 levels are refused without overflowing the stack; a report's depth passes", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(nestsDeeperThan(deep, 16)).toBe(true);
    expect(nestsDeeperThan({ data: { tables: { requests: { rows: [[1, 2]] } } } }, 16)).toBe(false);
  });
});

describe("the signing secret", () => {
  it("a production server never signs with the secret from the source", () => {
    expect(authSecret({ NODE_ENV: "production" })).toBeNull();
    expect(authSecret({ NODE_ENV: "production", BETTER_AUTH_SECRET: DEV_ONLY_SECRET })).toBeNull();
    expect(authSecret({ NODE_ENV: "production", BETTER_AUTH_SECRET: "short" })).toBeNull();
    expect(authSecret({ NODE_ENV: "production", BETTER_AUTH_SECRET: "x".repeat(40) })).toBe("x".repeat(40));
    // `next build` evaluates modules in production mode; it signs nothing.
    expect(authSecret({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBe(DEV_ONLY_SECRET);
    expect(authSecret({ NODE_ENV: "development" })).toBe(DEV_ONLY_SECRET);
  });
  it("npm start makes a random one beside the database, mode 600, and keeps it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-secret-"));
    const env = { DATABASE_URL: `file:${path.join(dir, "db", "nianbao.db")}` };
    const first = ensureAuthSecret(env);
    const file = secretFileFor(env.DATABASE_URL);
    expect(file).toBe(path.join(dir, "db", "auth-secret"));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(first).not.toBe(DEV_ONLY_SECRET);
    expect(ensureAuthSecret(env)).toBe(first);
    expect(ensureAuthSecret({ ...env, BETTER_AUTH_SECRET: "given-secret" })).toBe("given-secret");
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-secret-"));
    expect(ensureAuthSecret({ DATABASE_URL: `file:${path.join(other, "x.db")}` })).not.toBe(first);
  });
});

describe("request facts", () => {
  it("the client address is the nearest proxy's view", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
  it("https behind a proxy makes every cookie Secure", async () => {
    expect(isHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    const res = new Response("x", { headers: [["set-cookie", "a=1; Path=/; HttpOnly"], ["set-cookie", "b=2; Secure"]] });
    const out = withSecureCookies(res);
    expect(out.headers.getSetCookie()).toEqual(["a=1; Path=/; HttpOnly; Secure", "b=2; Secure"]);
    expect(await out.text()).toBe("x");
  });
});
