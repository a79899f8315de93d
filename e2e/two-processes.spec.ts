/**
 * Two app processes on one database (`next start` twice; SQLite here, PostgreSQL under `npm run test:pg`):
 * nothing that must be shared lives in process memory. A clerk signs in on one process and is signed in on
 * the other; a draft saved through one makes the other's stale save a conflict; failed sign-ins count
 * across both; signing out on one ends the session on both.
 */
import type { ChildProcess } from "node:child_process";
import { expect, test } from "./fixtures";
import { startSecondServer, stopSecondServer } from "./second-server";
import { openStep, saveState, waitSaved } from "./wizard-helpers";
import { getTemplate } from "../lib/template";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://localhost:${PORT}`;
const PROBLEMS = `${getTemplate("2021").sections[4].heading} 正文`;

let second: { origin: string; child: ChildProcess } | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startSecondServer(PORT + 4, { BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET });
});

test.afterAll(() => {
  if (second) stopSecondServer(second.child);
});

test("signed in on one process, signed in on the other; a save on one is a conflict on the other", async ({ browser, clerk }) => {
  test.setTimeout(120_000);
  // Cookies belong to the host, not the port: one browser context talks to both processes.
  const context = await browser.newContext({ baseURL: ORIGIN, locale: "zh-CN" });
  const a = await context.newPage();
  await a.goto("/login");
  await a.getByLabel("用户名").fill(clerk.username);
  await a.getByLabel("密码").fill(clerk.password);
  await a.getByRole("button", { name: "登录" }).click();
  await a.waitForURL(/\/reports/);

  // Process B knows the session process A created.
  const b = await context.newPage();
  await b.goto(`${second!.origin}/reports`);
  await expect(b).toHaveURL(new RegExp(`^${second!.origin}/reports`));
  await expect(b.getByRole("banner")).toContainText(clerk.name);

  // A new draft through A, opened on both.
  await a.getByLabel("报告年度").fill("2024");
  await a.getByRole("button", { name: "新建", exact: true }).click();
  await a.waitForURL(/\/reports\/[^/?]+/);
  const path = new URL(a.url()).pathname;
  await openStep(a, "problems");
  await b.goto(`${second!.origin}${path}`);
  await openStep(b, "problems");
  await expect(b.getByLabel(PROBLEMS)).toBeVisible();

  // A saves; B's save on the old version is refused — the version lives in the database, not in A.
  await a.getByLabel(PROBLEMS).fill("进程 A 保存的。");
  await waitSaved(a);
  await b.getByLabel(PROBLEMS).fill("进程 B 在旧版本上改的。");
  const conflict = b.getByRole("alertdialog", { name: "保存冲突" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("更新的版本");
  await conflict.getByRole("button", { name: "载入更新的版本" }).click();
  await expect(b.getByLabel(PROBLEMS)).toHaveValue("进程 A 保存的。");

  // And B saves on from there; A reads it back.
  await b.getByLabel(PROBLEMS).fill("进程 B 在新版本上改的。");
  await waitSaved(b);
  await expect(saveState(b)).toHaveText(/^已保存/);
  await a.reload();
  await openStep(a, "problems");
  await expect(a.getByLabel(PROBLEMS)).toHaveValue("进程 B 在新版本上改的。");

  // Signing out on B ends the session on A too.
  await b.getByRole("button", { name: "退出登录" }).click();
  await b.waitForURL(/\/login/);
  await a.goto("/reports");
  await expect(a).toHaveURL(/\/login/);
  await context.close();
});

test("failed sign-ins count across both processes", async ({ request, area }) => {
  // A username and an address (the counters' key, any text) no earlier run has failed with.
  const address = { "x-forwarded-for": `two-processes-${area.key}` };
  const signIn = (origin: string) =>
    request.post(`${origin}/api/auth/sign-in/username`, {
      data: { username: `no_such_clerk_${area.key}`, password: "wrong-pass-1" },
      headers: { origin, ...address },
    });
  const statuses: number[] = [];
  // Alternating, one at a time: five failures in all, so the sixth is refused by whichever process gets it.
  for (let i = 0; i < 6; i++) statuses.push((await signIn(i % 2 === 0 ? ORIGIN : second!.origin)).status());
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses[5]).toBe(429);
  const refused = await signIn(ORIGIN);
  expect(await refused.text()).toContain("登录失败次数过多");
});
