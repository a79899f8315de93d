/**
 * The wizard in Chromium against a production server of its own (spare port,
 * own SQLite file, own build folder; BENCH_SKIP_BUILD=1 reuses the last build):
 * - keystroke → updated findings on table 三: from the cell's input event to the
 *   first frame after the new findings are committed (the page's
 *   "nianbao:keystroke" measures), 50 keystrokes; targets median ≤ 16 ms, p95 ≤ 50 ms.
 * - autosave round trip (PUT, parse, check, compare-and-set, answer; the page's
 *   "nianbao:save" measures), 20 saves; target median ≤ 30 ms.
 * Prints, never asserts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chromium, type Page } from "playwright-core";

const PORT = Number(process.env.BENCH_WIZARD_PORT ?? 3294);
const ORIGIN = `http://localhost:${PORT}`;

function startServer(): ChildProcess {
  return spawn("node", ["scripts/e2e-server.mjs"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: "file:./data/bench-wizard.db",
      NEXT_DIST_DIR: ".next-bench-wizard",
      ...(process.env.BENCH_SKIP_BUILD ? { E2E_SKIP_BUILD: "1" } : {}),
    },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitUp(child: ChildProcess) {
  const until = Date.now() + 600_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("bench server exited");
    try {
      if ((await fetch(ORIGIN, { redirect: "manual" })).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("bench server did not start");
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, "measure").map((e) => e.duration), name);
}

async function waitForCount(page: Page, name: string, count: number) {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n as string, "measure").length >= (c as number), [name, count] as const, {
    timeout: 15_000,
  });
}

async function main() {
  console.log("starting a production server for the bench (next build unless BENCH_SKIP_BUILD=1) …");
  const server = startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    await waitUp(server);
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "zh-CN" });
    const login = await context.request.post(`${ORIGIN}/api/auth/sign-in/username`, {
      data: { username: "donghu", password: "donghu123" },
      headers: { origin: ORIGIN },
    });
    if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/reports`);
    await page.getByLabel("报告年度").fill("2022");
    await page.getByRole("button", { name: "新建", exact: true }).click();
    await page.waitForURL(/\/reports\/[^/?]+/);

    // Keystrokes in table 三.
    await page.locator('[data-step="requests"]').click();
    const input = page.locator('input[data-cell="requests/newRequests/0"]');
    await input.click();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Control+A");
      await page.keyboard.press(String((i % 9) + 1));
    }
    await waitForCount(page, "nianbao:keystroke", 5);
    await page.evaluate(() => performance.clearMeasures("nianbao:keystroke"));
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press("Control+A");
      await page.keyboard.press(String(((i + 3) % 9) + 1));
      await waitForCount(page, "nianbao:keystroke", i + 1);
    }
    const keys = stats(await measures(page, "nianbao:keystroke"));
    console.log(
      `keystroke → findings on table 三 (50 keystrokes): median ${keys.median.toFixed(1)} ms, p95 ${keys.p95.toFixed(1)} ms, max ${keys.max.toFixed(1)} ms — targets median ≤ 16 ms, p95 ≤ 50 ms`,
    );

    // Autosave round trips: each change flushed at once by leaving the field.
    await page.locator('[data-step="problems"]').click();
    const box = page.getByRole("textbox").first();
    await waitForCount(page, "nianbao:save", 1);
    await page.evaluate(() => performance.clearMeasures("nianbao:save"));
    for (let i = 0; i < 20; i++) {
      await box.fill(`第 ${i + 1} 次修改：存在的主要问题及改进情况。`);
      await box.blur();
      await waitForCount(page, "nianbao:save", i + 1);
    }
    const saves = stats(await measures(page, "nianbao:save"));
    const serverTiming = (name: string) =>
      page.evaluate(
        (n) =>
          (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
            .filter((e) => e.name.includes("/api/reports/"))
            .flatMap((e) => e.serverTiming.filter((t) => t.name === n).map((t) => t.duration))
            .slice(-20),
        name,
      );
    const serverSide = stats(await serverTiming("save"));
    const authSide = stats(await serverTiming("auth"));
    console.log(
      `autosave round trip (20 saves, local server): median ${saves.median.toFixed(1)} ms, p95 ${saves.p95.toFixed(1)} ms, max ${saves.max.toFixed(1)} ms — target median ≤ 30 ms`,
    );
    console.log(`  of which saveDraft on the server (Server-Timing): median ${serverSide.median.toFixed(1)} ms, p95 ${serverSide.p95.toFixed(1)} ms`);
    console.log(`  of which the session lookup (Server-Timing auth): median ${authSide.median.toFixed(1)} ms, p95 ${authSide.p95.toFixed(1)} ms`);
  } finally {
    await browser.close();
    if (server.exitCode === null) process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
