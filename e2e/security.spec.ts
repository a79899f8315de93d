/**
 * Security hardening against the real production server (and a second server
 * process on the same database where the limit must hold across processes):
 * the sign-in throttle under 100 parallel requests, the per-address limit, the
 * bounded password-hash queue, ?next= after login, the secret, the auth
 * endpoints that are closed, the security headers and Secure cookies, and the
 * Chinese answers for oversized, over-deep, too frequent or malformed requests.
 */
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { emptyReport } from "../lib/report/empty";
import { DEV_ONLY_SECRET } from "../lib/server/auth-secret";
import { dumpTables, e2eDbFile, withDb } from "./db";
import { startSecondServer, stopSecondServer as stop } from "./second-server";
import { expect, test } from "./fixtures";
import { DEPARTMENT, type Account } from "./own-area";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://localhost:${PORT}`;
const root = path.resolve(__dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? `.next-e2e-${PORT}`;

const secretOfServer = () => process.env.BETTER_AUTH_SECRET ?? fs.readFileSync(path.join(path.dirname(e2eDbFile()), "auth-secret"), "utf8").trim();

function signIn(origin: string, username: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...headers },
    body: JSON.stringify({ username, password }),
  });
}

const clearCounters = () => withDb((db) => db.prepare(`DELETE FROM "RateCounter"`).run());

async function sessionCookie(account: Account): Promise<string> {
  const res = await signIn(ORIGIN, account.username, account.password, { "x-forwarded-for": "198.51.100.1" });
  expect(res.status, `${account.username} signs in`).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))!;
  return cookie.split(";")[0];
}

function seedReport(id: string, organizationId: string, organName: string, year: number) {
  const report = emptyReport({ year, organName, organKind: "county-department" });
  const now = new Date().toISOString();
  withDb((db) => {
    db.prepare(`DELETE FROM Report WHERE id = ?`).run(id);
    db.prepare(
      `INSERT INTO Report (id, organizationId, year, format, status, data, version, errorCount, warningCount, acknowledgements, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'draft', ?, 1, 0, 0, '{}', ?, ?)`,
    ).run(id, organizationId, year, report.format, JSON.stringify(report), now, now);
  });
  return report;
}

test.afterAll(() => clearCounters());

/** A county department's clerk (the report-related tests); its county's supervisor where a supervisor is needed. */
test.use({ areaSpec: { units: [DEPARTMENT("卫生健康局")] } });

test("1. the sign-in throttle holds for 100 parallel guesses spread over two server processes", async ({ area }) => {
  const target = area.supervisor;
  test.setTimeout(180_000);
  clearCounters();
  const second = await startSecondServer(PORT + 1, { BETTER_AUTH_SECRET: secretOfServer() });
  try {
    const address = { "x-forwarded-for": "203.0.113.10" };
    const attempts = Array.from({ length: 100 }, (_, i) => {
      const origin = i % 2 === 0 ? ORIGIN : second.origin;
      const password = i === 99 ? target.password : `wrong-${i}-pass`;
      return signIn(origin, target.username, password, address).then(async (r) => ({ status: r.status, body: await r.text() }));
    });
    const answers = await Promise.all(attempts);
    const judged = answers.filter((a) => a.status !== 429);
    // At most MAX_FAILURES (5) passwords were checked; everything else was refused before any hashing.
    expect(judged.length, JSON.stringify(answers.map((a) => a.status))).toBeLessThanOrEqual(5);
    expect(judged.length).toBeGreaterThan(0);
    // Some were refused by the throttle itself (the rest by the sign-in queue, test 3).
    expect(answers.filter((a) => a.status === 429 && a.body.includes("登录失败次数过多")).length).toBeGreaterThan(0);
    if (!judged.some((a) => a.status === 200)) {
      // The right password after five wrong ones is refused too, on either process.
      const late = await signIn(second.origin, target.username, target.password, address);
      expect(late.status).toBe(429);
    }
  } finally {
    stop(second.child);
    clearCounters();
  }
});

test("1. one address trying many usernames is stopped after 50 failures", async ({ clerk }) => {
  clearCounters();
  const address = { "x-forwarded-for": "203.0.113.20" };
  const answers: number[] = [];
  for (let round = 0; round < 12; round++) {
    // Five at a time: within what the sign-in queue admits at once.
    const batch = Array.from({ length: 5 }, (_, i) => signIn(ORIGIN, `nobody${round}x${i}`, "wrong-pass-1", address).then((r) => r.status));
    answers.push(...(await Promise.all(batch)));
  }
  expect(answers.filter((s) => s === 401).length).toBe(50);
  expect(answers.filter((s) => s === 429).length).toBe(10);
  // Another address is not affected, and a correct sign-in from it works.
  expect((await signIn(ORIGIN, clerk.username, clerk.password, { "x-forwarded-for": "203.0.113.21" })).status).toBe(200);
  clearCounters();
});

test("3. a flood of sign-ins is answered 429 at once past the hash queue; the 61st concurrent one is refused", async ({ clerk }) => {
  clearCounters();
  // The flood's requests reach the server in no fixed order, and on a fast machine its hashes may drain the queue
  // before a request sent last arrives: the 61st goes out once the flood has been refused at least once, that is,
  // while the queue is full.
  let refusedOnce = () => {};
  const queueFull = new Promise<void>((resolve) => (refusedOnce = resolve));
  const flood = Array.from({ length: 60 }, (_, i) =>
    signIn(ORIGIN, `flood${i}`, "some-password-1", { "x-forwarded-for": `192.0.2.${i + 1}` }).then(async (r) => {
      if (r.status === 429) refusedOnce();
      return { status: r.status, body: await r.text() };
    }),
  );
  await Promise.race([queueFull, Promise.all(flood)]);
  const sixtyFirst = await signIn(ORIGIN, "flood60", "some-password-1", { "x-forwarded-for": "192.0.2.200" });
  const answers = await Promise.all(flood);
  expect(sixtyFirst.status).toBe(429);
  expect(await sixtyFirst.text()).toContain("当前登录的人较多");
  // One hash runs and eight wait: most of the others are refused without hashing (some arrive after a slot freed).
  expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(30);
  expect(answers.filter((a) => a.status === 401).length).toBeGreaterThanOrEqual(1);
  // A refused flood does not count as failed passwords: the address may still sign in.
  expect((await signIn(ORIGIN, clerk.username, clerk.password, { "x-forwarded-for": "192.0.2.1" })).status).toBe(200);
  clearCounters();
});

test("2. ?next= cannot lead off the site, and a newline in it is harmless", async ({ browser, clerk }) => {
  for (const [next, lands] of [
    ["/%09/evil.example", "/reports"],
    ["/\\evil.example", "/reports"],
    ["/reports%0A", "/reports"],
    ["/reports%0D%0ASet-Cookie:%20x=1", "/reports"],
    ["https://evil.example/", "/reports"],
    ["/review", "/review"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`/login?next=${next.startsWith("/") ? next : encodeURIComponent(next)}`);
    expect(res?.status()).toBe(200);
    await page.getByLabel("用户名").fill(clerk.username);
    await page.getByLabel("密码").fill(clerk.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((u) => u.pathname !== "/login");
    const url = new URL(page.url());
    expect(url.origin, `next=${next}`).toBe(ORIGIN);
    // A clerk asking for /review (a supervisor's page) gets there only if it is an app page; it is, and answers 404 for them.
    expect(url.pathname, `next=${next}`).toBe(lands);
    await expect(page.locator("body")).not.toContainText("Internal Server Error");
    await context.close();
  }
});

test("6. a production server never signs with the secret from the source", async ({ area }) => {
  // A cookie signed with the public dev secret opens nothing.
  const real = await sessionCookie(area.supervisor);
  const token = decodeURIComponent(real.split("=")[1]).split(".")[0];
  const forged = `better-auth.session_token=${encodeURIComponent(`${token}.${createHmac("sha256", DEV_ONLY_SECRET).update(token).digest("base64")}`)}`;
  const withForged = await fetch(`${ORIGIN}/review`, { headers: { cookie: forged, accept: "text/html" }, redirect: "manual" });
  expect(withForged.status).toBe(307);
  expect(withForged.headers.get("location")).toContain("/login");
  const withReal = await fetch(`${ORIGIN}/review`, { headers: { cookie: real, accept: "text/html" }, redirect: "manual" });
  expect(withReal.status).toBe(200);

  // `next start` without BETTER_AUTH_SECRET (or with the dev one) refuses to start, in Chinese.
  for (const secret of [undefined, DEV_ONLY_SECRET]) {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${e2eDbFile()}`, NEXT_DIST_DIR: distDir };
    delete env.BETTER_AUTH_SECRET;
    if (secret) env.BETTER_AUTH_SECRET = secret;
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT + 2)], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        stop(child);
        resolve(null);
      }, 60_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code, output).not.toBe(0);
    expect(code, output).not.toBeNull();
    expect(output).toContain("生产环境拒绝启动");
  }
});

test("5. only sign-in, sign-out and session of the auth library are reachable", async ({ clerk }) => {
  const cookie = await sessionCookie(clerk);
  const before = dumpTables();
  const headers = { cookie, origin: ORIGIN, "content-type": "application/json" };
  const closed: [string, string, unknown?][] = [
    ["POST", "/api/auth/update-user", { name: "改名", username: "renamed" }],
    ["POST", "/api/auth/change-password", { currentPassword: clerk.password, newPassword: "aaaaaaaa", revokeOtherSessions: false }],
    ["POST", "/api/auth/set-password", { newPassword: "aaaaaaaa" }],
    ["POST", "/api/auth/change-email", { newEmail: "x@example.com" }],
    ["POST", "/api/auth/sign-up/email", { email: "a@example.com", password: "aaaaaaaa1", name: "x" }],
    ["POST", "/api/auth/sign-in/email", { email: `${clerk.username}@example.com`, password: clerk.password }],
    ["POST", "/api/auth/delete-user", {}],
    ["POST", "/api/auth/revoke-sessions", {}],
    ["GET", "/api/auth/list-sessions"],
    ["GET", "/api/auth/list-accounts"],
    ["POST", "/api/auth/is-username-available", { username: "admin" }],
  ];
  for (const [method, p, body] of closed) {
    const res = await fetch(`${ORIGIN}${p}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.status, `${method} ${p}`).toBe(404);
    expect(await res.text()).toContain("没有这个地址");
  }
  expect(dumpTables(), "nothing changed").toBe(before);
  const session = await fetch(`${ORIGIN}/api/auth/get-session`, { headers });
  expect(session.status).toBe(200);
  expect(((await session.json()) as { user: { username: string } }).user.username).toBe(clerk.username);
  const out = await fetch(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers, body: "{}" });
  expect(out.status).toBe(200);
});

test("8. pages carry a strict CSP with a nonce, and run under it", async ({ page, clerk }) => {
  const res = await page.request.get("/login", { headers: { accept: "text/html" } });
  const csp = res.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(res.headers()["referrer-policy"]).toBe("same-origin");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s, s).toContain(`nonce="${nonce}"`);
  // A second request gets another nonce.
  const again = (await page.request.get("/login", { headers: { accept: "text/html" } })).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  // Static files are nosniff too.
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  expect((await page.request.get(chunk)).headers()["x-content-type-options"]).toBe("nosniff");

  // In Chromium: no script is blocked, the login form works and the wizard is interactive.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(clerk.username);
  await page.getByLabel("密码").fill(clerk.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/reports$/);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "导入 JSON 报告" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("8. cookies are Secure when the request came over https", async ({ browser, clerk }) => {
  const plain = await signIn(ORIGIN, clerk.username, clerk.password);
  expect(plain.headers.getSetCookie().join("\n")).not.toMatch(/;\s*Secure/i);
  const https = await signIn(ORIGIN, clerk.username, clerk.password, { "x-forwarded-proto": "https" });
  expect(https.status).toBe(200);
  expect(https.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))).toMatch(/;\s*Secure/i);

  // The login form (a server action) behind an https proxy too.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(clerk.username);
  await page.getByLabel("密码").fill(clerk.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/reports$/);
  const session = (await context.cookies()).find((c) => c.name === "better-auth.session_token");
  expect(session?.secure).toBe(true);
  await context.close();
});

test("7. every refusal is Chinese with its own status", async ({ page, area }) => {
  const [unit] = area.units;
  const id = `sec-${area.key}-2029`;
  seedReport(id, unit.id, unit.name, 2029);
  // A body over the limit: 413, refused before it is parsed.
  const huge = await page.request.put(`/api/reports/${id}`, {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ baseVersion: 1, data: { text: "字".repeat(3_700_000) }, acknowledgements: {} }),
  });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { message: string }).message).toContain("提交的内容过大");
  // 5,000 levels of nesting: 422 with a reason, not an empty 500.
  const deep = "[".repeat(5000) + "]".repeat(5000);
  const nested = await page.request.put(`/api/reports/${id}`, {
    headers: { "content-type": "application/json" },
    data: `{"baseVersion":1,"data":${deep},"acknowledgements":{}}`,
  });
  expect(nested.status()).toBe(422);
  expect(((await nested.json()) as { message: string }).message).toContain("嵌套层次过多");
  // An address that is not valid percent-encoding: 400, not 500.
  for (const p of ["/api/reports/%E0%A4%A", "/reports/%E0%A4%A", "/reports/%E0%A4%A/docx"]) {
    const bad = await page.request.get(p, { maxRedirects: 0 });
    expect(bad.status(), p).toBe(400);
    expect(await bad.text()).toContain("网址有误");
  }
  // A server action body over the limit: 413 in Chinese before Next.js parses it.
  const action = await page.request.post("/reports", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: ORIGIN },
    data: "x".repeat(2_200_000),
    maxRedirects: 0,
  });
  expect(action.status()).toBe(413);
  expect(await action.text()).toContain("提交的内容过大");
});

test("7. importing a file over 1 MB says so in Chinese, and the page stays", async ({ page }) => {
  await page.goto("/reports");
  const file = { name: "大文件.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ text: "字".repeat(600_000) })) };
  await page.locator("#import-file").setInputFiles(file);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const form = page.getByRole("form", { name: "导入 JSON 报告" });
  await expect(form.getByRole("alert")).toContainText("文件太大（超过 1 MB）");
  await expect(page.locator("body")).not.toContainText("This page couldn't load");
  await expect(page.getByRole("heading", { name: "导入 JSON 报告" })).toBeVisible();
  // A smaller file that is still not a report gets the server's Chinese reason.
  await page.locator("#import-file").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(form.getByRole("alert")).toContainText("无法导入");
});

test("4. autosaves and actions per user are limited in the database, shared by two server processes", async ({ clerk }) => {
  test.setTimeout(180_000);
  clearCounters();
  const second = await startSecondServer(PORT + 3, { BETTER_AUTH_SECRET: secretOfServer() });
  try {
    const cookie = await sessionCookie(clerk);
    const saves = Array.from({ length: 130 }, (_, i) =>
      fetch(`${i % 2 ? second.origin : ORIGIN}/api/reports/no-such-report`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: 1, data: {}, acknowledgements: {} }),
      }).then(async (r) => ({ status: r.status, body: await r.text() })),
    );
    const answers = await Promise.all(saves);
    const limited = answers.filter((a) => a.status === 429);
    // 120 a minute, counted once for both processes.
    expect(limited.length).toBe(10);
    expect(limited[0].body).toContain("操作过于频繁");
    expect(answers.filter((a) => a.status === 404).length).toBe(120);

    const actions = Array.from({ length: 70 }, (_, i) =>
      fetch(`${i % 2 ? second.origin : ORIGIN}/reports/no-such-report`, {
        method: "POST",
        headers: { cookie, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: i % 2 ? second.origin : ORIGIN },
        body: JSON.stringify(["no-such-report"]),
      }).then(async (r) => ({ status: r.status, body: await r.text() })),
    );
    const acted = await Promise.all(actions);
    const refused = acted.filter((a) => a.status === 429);
    expect(refused.length).toBe(10);
    expect(refused[0].body).toContain("操作过于频繁");
  } finally {
    stop(second.child);
    clearCounters();
  }
});

test("4/9. the download name of the longest organ name the schema takes is cut sensibly; a save cannot rename the organ", async ({ page, area }) => {
  const [unit] = area.units;
  const id = `sec-${area.key}-2030`;
  // A longer name never reaches the store: the report schema refuses it (NAME_MAX, lib/report/field-rules.ts).
  const long = "示例区卫生健康局".repeat(13).slice(0, 100);
  const original = withDb((db) => (db.prepare(`SELECT name FROM Organization WHERE id = ?`).get(unit.id) as { name: string }).name);
  const report = seedReport(id, unit.id, long, 2030);
  try {
    const docx = await page.request.get(`/reports/${id}/docx`);
    expect(docx.status()).toBe(200);
    const disposition = docx.headers()["content-disposition"];
    expect(disposition.length).toBeLessThan(1000);
    expect(decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(disposition)![1])).toMatch(/^示例区卫生健康局.*…2030年政府信息公开工作年度报告(（征求意见稿）)?\.docx$/);

    // organ.name in a save names another unit: the unit's own name is stored.
    const saved = await page.request.put(`/api/reports/${id}`, {
      data: { baseVersion: 1, data: { ...report, organ: { ...report.organ, name: "示例区西山镇人民政府" } }, acknowledgements: {} },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const stored = withDb((db) => JSON.parse((db.prepare(`SELECT data FROM Report WHERE id = ?`).get(id) as { data: string }).data));
    expect(stored.organ.name).toBe(original);
  } finally {
    withDb((db) => db.prepare(`DELETE FROM Report WHERE id = ?`).run(id));
  }
});
