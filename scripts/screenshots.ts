/**
 * `npm run screenshots`: every step of the wizard as a clerk sees it, into
 * docs/wizard/, on a server of its own with the demo data: 示例区卫生健康局
 * imports the synthetic 2021 report (tests/fixtures/demo-county-department-2021.json),
 * each step is taken at 1440 px, then one cell of table 三 is broken to show a
 * finding at the cell and in the panel; 东湖镇's 2020 report (2019 format)
 * shows the older table 三; the supervisor's 2022 list shows the demo report
 * awaiting review. SCREENSHOTS_SKIP_BUILD=1 reuses the last build.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { runWithOwnServer, signIn } from "./own-server";

const OUT = path.join(process.cwd(), "docs", "wizard");
const STEPS = ["basics", "overview", "proactive", "requests", "appeals", "problems", "other", "preview"] as const;

async function importFixture(page: Page, origin: string, fixture: string): Promise<string> {
  await page.goto(`${origin}/reports`);
  await page.getByLabel("报告文件（.json）").setInputFiles(path.join("tests", "fixtures", fixture));
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.waitForURL(/\/reports\/[^/?]+(\?.*)?$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function shoot(page: Page, name: string) {
  // The save status shows the time of day; wait for it so no shot catches 保存中….
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  console.log(`docs/wizard/${name}.png`);
}

fs.mkdirSync(OUT, { recursive: true });
const port = Number(process.env.SCREENSHOTS_PORT ?? 3295);
runWithOwnServer({ port, name: "screenshots", skipBuild: !!process.env.SCREENSHOTS_SKIP_BUILD }, async (origin, browser) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(context, origin, "weijian");
  const id = await importFixture(page, origin, "demo-county-department-2021.json");
  await page.goto(`${origin}/reports`);
  await shoot(page, "00-reports");
  for (const [i, step] of STEPS.entries()) {
    await page.goto(`${origin}/reports/${id}?step=${step}`);
    await page.locator(`[data-step="${step}"][aria-current="step"]`).waitFor();
    await shoot(page, `${String(i + 1).padStart(2, "0")}-${step}`);
  }

  // R1 broken: 一、本年新收 自然人 raised by 5 without the results changing.
  await page.goto(`${origin}/reports/${id}?step=requests`);
  const input = page.locator('input[data-cell="requests/newRequests/0"]');
  const before = Number(await input.inputValue());
  await input.fill(String(before + 5));
  await input.press("Tab");
  await page.locator('input[data-cell="requests/newRequests/0"]').focus();
  await shoot(page, "10-requests-finding");

  // The 2019 format's table 三, for 东湖镇's 2020 report.
  await context.clearCookies();
  await signIn(context, origin, "donghu");
  const old = await importFixture(page, origin, "demo-town-2020.json");
  await page.goto(`${origin}/reports/${old}?step=requests`);
  await page.locator('[data-step="requests"][aria-current="step"]').waitFor();
  await shoot(page, "11-requests-2019-format");

  await context.clearCookies();
  await signIn(context, origin, "shenhe");
  await page.goto(`${origin}/review?year=2022`);
  await shoot(page, "12-review-dashboard");
});
