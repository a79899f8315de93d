/**
 * Drafts are never lost: they survive a server restart, a stale tab cannot
 * overwrite a newer save silently, failed and unauthorised saves keep the change
 * in the page and retry, and the server refuses bad payloads without changing
 * anything.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";
import { getTemplate } from "../lib/template";
import { newReport, openStep, saveState, waitSaved } from "./wizard-helpers";

const t = getTemplate("2021");
const PROBLEMS = `${t.sections[4].heading} 正文`;
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** A second `next start` on the Playwright server's database and build (scripts/e2e-server.mjs). */
function startServer(port: number): ChildProcess {
  return spawn("npx", ["next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: `file:./data/e2e-${E2E_PORT}.db`,
      NEXT_DIST_DIR: `.next-e2e-${E2E_PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
    stdio: "ignore",
  });
}

async function waitUp(url: string) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

test("a saved draft survives a server restart", async ({ page }) => {
  test.setTimeout(240_000);
  const port = E2E_PORT + 9;
  const origin = `http://localhost:${port}`;
  let server = startServer(port);
  try {
    await waitUp(origin);
    await page.goto(`${origin}/reports`);
    await page.getByLabel("报告年度").fill("2023");
    await page.getByRole("button", { name: "新建", exact: true }).click();
    await page.waitForURL(/\/reports\/[^/?]+/);
    await openStep(page, "problems");
    await page.getByLabel(PROBLEMS).fill("重启前写下的问题与改进。");
    await waitSaved(page);
    const url = page.url();

    await stopServer(server);
    server = startServer(port);
    await waitUp(origin);

    await page.goto(url);
    await expect(page.getByLabel(PROBLEMS)).toHaveValue("重启前写下的问题与改进。");
  } finally {
    await stopServer(server);
  }
});

test("a failed save is retried, an expired login keeps the change, nothing is lost", async ({ page }) => {
  test.setTimeout(120_000);
  await newReport(page, 2023);
  await openStep(page, "problems");
  const box = page.getByLabel(PROBLEMS);

  // The server fails: the page says so, keeps the text and retries with backoff until it works.
  let failures = 2;
  await page.route("**/api/reports/*", async (route) => {
    if (route.request().method() === "PUT" && failures > 0) {
      failures--;
      await route.fulfill({ status: 500, body: "{}" });
    } else await route.fallback();
  });
  await box.fill("服务器出错时写下的内容。");
  await expect(saveState(page)).toContainText("保存失败，正在重试");
  await expect(box).toHaveValue("服务器出错时写下的内容。");
  await waitSaved(page);
  await page.unroute("**/api/reports/*");

  // The session expired (401): the change stays in the page with the Chinese message, and is saved after login.
  let expired = true;
  await page.route("**/api/reports/*", async (route) => {
    if (route.request().method() === "PUT" && expired) {
      await route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ ok: false }) });
    } else await route.fallback();
  });
  await box.fill("登录过期时写下的内容。");
  await expect(saveState(page)).toHaveText("登录已过期，请重新登录后继续");
  await expect(page.getByRole("alert").filter({ hasText: "您的修改仍保留在本页" })).toBeVisible();
  await expect(box).toHaveValue("登录过期时写下的内容。");
  expired = false;
  await waitSaved(page);
  await page.unroute("**/api/reports/*");

  await page.reload();
  await openStep(page, "problems");
  await expect(page.getByLabel(PROBLEMS)).toHaveValue("登录过期时写下的内容。");

  // Leaving by an in-app link right after typing (no beforeunload): the change is saved on the way out.
  await page.getByLabel(PROBLEMS).fill("立刻离开前写下的内容。");
  await page.getByRole("link", { name: "本单位年度报告" }).click();
  await page.waitForURL(/\/reports$/);
  await expect
    .poll(async () => {
      await page.goto(`/reports`);
      await page.locator('tr[data-year="2023"]').getByRole("link").first().click();
      await openStep(page, "problems");
      return page.getByLabel(PROBLEMS).inputValue();
    })
    .toBe("立刻离开前写下的内容。");
});

test("two pages on one draft: the stale save is refused and both choices work", async ({ page, context }) => {
  test.setTimeout(120_000);
  await newReport(page, 2024);
  await openStep(page, "problems");
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel(PROBLEMS)).toBeVisible();

  // Page A saves first.
  await page.getByLabel(PROBLEMS).fill("A 页写的。");
  await waitSaved(page);

  // Page B still holds the old version: its save is refused, never silently overwriting A.
  await other.getByLabel(PROBLEMS).fill("B 页写的。");
  const dialog = other.getByRole("alertdialog", { name: "保存冲突" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("更新的版本");
  await expect(other.getByLabel(PROBLEMS)).toHaveValue("B 页写的。");

  // B keeps its own change (an explicit overwrite).
  await dialog.getByRole("button", { name: "保留我的修改" }).click();
  await waitSaved(other);
  await expect(dialog).toHaveCount(0);

  // Now A is stale: it loads the newer version and sees B's text.
  await page.getByLabel(PROBLEMS).fill("A 页再改。");
  const dialogA = page.getByRole("alertdialog", { name: "保存冲突" });
  await expect(dialogA).toBeVisible();
  await dialogA.getByRole("button", { name: "载入更新的版本" }).click();
  await expect(dialogA).toHaveCount(0);
  await expect(page.getByLabel(PROBLEMS)).toHaveValue("B 页写的。");

  // And A can go on saving from the loaded version.
  await page.getByLabel(PROBLEMS).fill("A 页在新版本上改。");
  await waitSaved(page);
  await other.close();
  await page.reload();
  await expect(page.getByLabel(PROBLEMS)).toHaveValue("A 页在新版本上改。");
});

test("the server refuses an invalid or stale save and changes nothing", async ({ page }) => {
  const id = await newReport(page, 2024);
  const api = `/api/reports/${id}`;
  // Saved once, so that there is an older version to be stale against.
  const created = await (await page.request.get(api)).json();
  created.report.text.problems = "先保存一次。";
  expect((await page.request.put(api, { data: { baseVersion: created.version, data: created.report, acknowledgements: {} } })).status()).toBe(200);
  const before = await (await page.request.get(api)).json();

  // A cell that is not a number: 422 with a Chinese message naming the cell.
  const bad = structuredClone(before.report);
  bad.tables.requests.granted[0] = "五";
  let r = await page.request.put(api, { data: { baseVersion: before.version, data: bad, acknowledgements: {} } });
  expect(r.status()).toBe(422);
  expect((await r.json()).message).toContain("表三 （一）予以公开 · 自然人");

  // A stale version: 409.
  // A stale version with a different draft: 409 (the same draft again would be its own retry, and saved).
  const stale = structuredClone(before.report);
  stale.text.other = "旧版本上的修改。";
  r = await page.request.put(api, { data: { baseVersion: before.version - 1, data: stale, acknowledgements: {} } });
  expect(r.status()).toBe(409);

  // An acknowledgement without a reason: refused.
  r = await page.request.put(api, { data: { baseVersion: before.version, data: before.report, acknowledgements: { "W1@x": " " } } });
  expect(r.status()).toBe(422);
  expect((await r.json()).message).toContain("理由");

  const after = await (await page.request.get(api)).json();
  expect(after.version).toBe(before.version);
  expect(after.report).toEqual(before.report);

  // A valid save from the current version: accepted, the version moves on, totals computed by the server.
  const good = structuredClone(before.report);
  good.tables.requests.newRequests[0] = 3;
  good.tables.requests.newRequests[6] = 999;
  r = await page.request.put(api, { data: { baseVersion: before.version, data: good, acknowledgements: {} } });
  expect(r.status()).toBe(200);
  const saved = await (await page.request.get(api)).json();
  expect(saved.version).toBe(before.version + 1);
  expect(saved.report.tables.requests.newRequests[6]).toBe(3);
});
