/**
 * The wizard in Chromium against a production server of its own (spare port,
 * own SQLite file, own build folder; BENCH_SKIP_BUILD=1 reuses the last build):
 * - keystroke → updated findings on table 三: from the cell's input event to the
 *   first frame after the new findings are committed (the page's
 *   "nianbao:keystroke" measures), 50 keystrokes; targets median ≤ 16 ms, p95 ≤ 50 ms.
 * - autosave round trip (PUT, parse, check, compare-and-set, answer; the page's
 *   "nianbao:save" measures), 20 autosaves and 20 saves on leaving the field,
 *   after 10 untimed ones; target median ≤ 30 ms.
 * Prints, never asserts.
 */
import type { Page } from "playwright-core";
import { runWithOwnServer, signIn } from "../scripts/own-server";
import { summary as stats } from "./support/quantiles";

const PORT = Number(process.env.BENCH_WIZARD_PORT ?? 3294);


async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, "measure").map((e) => e.duration), name);
}

/**
 * Waits until the page has recorded `count` measures. `polling` in ms instead of
 * every frame where the bench's own polling would compete for the CPU with what
 * it measures (the server shares this machine's cores).
 */
async function waitForCount(page: Page, name: string, count: number, polling: number | "raf" = "raf") {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n as string, "measure").length >= (c as number), [name, count] as const, {
    timeout: 15_000,
    polling,
  });
}

console.log("starting a production server for the bench (next build unless BENCH_SKIP_BUILD=1) …");
runWithOwnServer({ port: PORT, name: "bench-wizard", skipBuild: !!process.env.BENCH_SKIP_BUILD }, async (ORIGIN, browser) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "zh-CN" });
  await signIn(context, ORIGIN, "donghu");
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

  // Autosave round trips, both ways a save starts: the autosave a second after the last change,
  // and the save at once on leaving the field. Ten untimed saves first, so the numbers are of a
  // server that has served a clerk for a while, not of its first requests (JIT, query plans).
  await page.locator('[data-step="problems"]').click();
  const box = page.getByRole("textbox").first();
  let edits = 0;
  const save = async (how: "autosave" | "blur") => {
    const before = (await measures(page, "nianbao:save")).length;
    edits += 1;
    await box.fill(`第 ${edits} 次修改：存在的主要问题及改进情况。`);
    if (how === "blur") await box.blur();
    await waitForCount(page, "nianbao:save", before + 1, 50);
    // A clerk does not change the next field within milliseconds of the answer.
    await page.waitForTimeout(100);
  };
  for (let i = 0; i < 10; i++) await save("blur");
  const timed = async (how: "autosave" | "blur", n: number) => {
    await page.evaluate(() => {
      performance.clearMeasures("nianbao:save");
      performance.clearResourceTimings();
    });
    for (let i = 0; i < n; i++) await save(how);
    return {
      roundTrip: stats(await measures(page, "nianbao:save")),
      requests: await page.evaluate(() =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => e.name.includes("/api/reports/") && e.serverTiming.length > 0)
          .map((e) => ({
            wait: e.responseStart - e.requestStart,
            auth: e.serverTiming.find((t) => t.name === "auth")?.duration ?? 0,
            save: e.serverTiming.find((t) => t.name === "save")?.duration ?? 0,
          })),
      ),
    };
  };
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  for (const [how, label] of [
    ["autosave", "autosave 1 s after the last change"],
    ["blur", "save on leaving the field"],
  ] as const) {
    const { roundTrip, requests } = await timed(how, 20);
    console.log(
      `autosave round trip, ${label} (20 saves, local server): median ${ms(roundTrip.median)}, p95 ${ms(roundTrip.p95)}, max ${ms(roundTrip.max)} — target median ≤ 30 ms`,
    );
    const part = (k: "wait" | "auth" | "save") => stats(requests.map((r) => r[k]));
    console.log(
      `  request sent → first byte: median ${ms(part("wait").median)}; of it session lookup ${ms(part("auth").median)}, saveDraft ${ms(part("save").median)} (Server-Timing)`,
    );
  }
});
