/**
 * Year over year: 西山镇 has 2036 and 2037 (2037 made 以上年报告为基础, then written on). The
 * clerk opens the comparison from the report list and from the wizard's preview and sees a
 * changed cell, the W1 break at 二、上年结转 and the paragraph of 五 copied from 2036; the
 * supervisor opens it from the review page; another township's clerk and another county's
 * supervisor get the Chinese 404. The units are the spec's own (e2e/own-area.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { check, findingCounts } from "../lib/check";
import { cellKey } from "../lib/report/cells";
import { fillDerived } from "../lib/report/fill-derived";
import { reportFromPrevious } from "../lib/report/from-previous";
import { parseReport } from "../lib/report/schema";
import type { Report } from "../lib/report/types";
import { getTemplate, requestRowId } from "../lib/template";
import { expectAccessible } from "./accessible";
import { expect, loginAs, test } from "./fixtures";
import { createArea, storeReport, TOWNSHIP, type Area } from "./own-area";
import { openStep } from "./wizard-helpers";

const t = getTemplate("2021");
const NEW = requestRowId(t, "newRequests");
const OVER = requestRowId(t, "carriedOver");
const FORWARD = requestRowId(t, "carriedForward");
const GRANTED = requestRowId(t, "granted");
const NEW_CELL = cellKey({ table: "requests", row: NEW, column: 0 });
const OVER_CELL = cellKey({ table: "requests", row: OVER, column: 0 });
const FORWARD_CELL = cellKey({ table: "requests", row: FORWARD, column: 0 });
const SHOTS = process.env.SCREENSHOT_DIR;
const NEW_PARAGRAPH = "2038年，我镇将围绕群众关切，重点做好惠民政策的解读和政务新媒体的日常维护，每季度开展一次公开内容自查。";

/** 西山镇 with the two years, 南河镇 beside it; another county. */
let county: Area;
let other: Area;
let UNIT = "";
let ID_2037 = "";

/** A real published town report (2021), moved to `year` and renamed to 西山镇. */
function fixtureReport(year: number): Report {
  const raw = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "tests", "fixtures", "guanting-town-2021.json"), "utf8"));
  raw.year = year;
  raw.text = JSON.parse(
    JSON.stringify(raw.text)
      .replace(/202[012]/g, (y: string) => String(year + Number(y) - 2021))
      .replace(/原州区官厅镇(人民政府)?/g, UNIT),
  );
  const parsed = parseReport(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join("；"));
  const r = parsed.report;
  r.organ.name = UNIT;
  r.meta.signedBy = UNIT;
  r.meta.signedOn = `${year + 1}-01-20`;
  return r;
}

/** Stores a report of 西山镇 as the app would (its counts from the checker); returns its id. */
function seed(report: Report, status: string, previous?: Report): Promise<string> {
  return storeReport(county.units[0], report, { status, ...findingCounts(check(report, previous)) });
}

async function shot(page: Page, name: string) {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    const file = (suffix: string) => (SHOTS ? path.join(SHOTS, `${name}-${width}${suffix}.png`) : test.info().outputPath(`${name}-${width}${suffix}.png`));
    await page.screenshot({ path: file("") });
    await page.screenshot({ path: file("-full"), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 800 });
}

/** What the comparison of 2036 and 2037 must show, wherever it was opened from. */
async function expectComparison(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${UNIT}2036年与2037年报告对比`);
  // 新收申请 自然人 3 → 5: framed, with last year's number in the cell; counted (the totals are not).
  const changed = page.locator(`td[data-cell="${NEW_CELL}"]`);
  await expect(changed).toHaveAttribute("data-changed", "");
  await expect(changed.locator("[data-before]")).toHaveText("上年 3");
  await expect(page.getByTestId("summary-changes")).toContainText(/\d+ 处数字与上年不同/);
  // W1: 2037's 二、上年结转 3 against 2036's 四、结转下年度继续办理 2, at the cell and in the list.
  const w1 = page.locator(`td[data-cell="${OVER_CELL}"]`);
  await expect(w1).toHaveAttribute("data-break", "W1");
  await expect(w1.locator("[data-expected]")).toHaveText("应为 2");
  await expect(w1).toHaveAttribute("title", /上年（2036年）报告“四、结转下年度继续办理”为 2，/);
  await expect(page.locator(`td[data-cell="${FORWARD_CELL}"] [data-before]`)).toHaveClass(/bg-amber-100/);
  const breaks = page.getByTestId("break");
  await expect(breaks.filter({ hasText: "自然人：本年“二、上年结转政府信息公开申请数量”为 3" })).toHaveCount(1);
  await expect(page.getByTestId("summary-breaks")).toContainText("与上年衔接不上");
  // 五: the first paragraph copied from 2036, highlighted on both sides; the new paragraph is marked new.
  const problems = page.locator('[data-text-field="text.problems"]');
  const copied = problems.locator('[data-side="later"] [data-copied-paragraph]');
  await expect(copied).toHaveCount(1);
  await expect(copied).toContainText("一是重视程度需要提升");
  await expect(copied.locator("mark[data-copied]").first()).toBeVisible();
  await expect(problems.locator('[data-side="earlier"] [data-copied-paragraph]')).toContainText("一是重视程度需要提升");
  await expect(problems.locator('[data-side="later"] ins[data-new]')).toContainText(NEW_PARAGRAPH);
  await expect(problems.getByTestId("text-summary")).toContainText(/与上年相同的句子 \d+ 句/);
}

test.use({ viewport: { width: 1366, height: 800 } });

test.describe.serial("year over year", () => {

  test.beforeAll(async () => {
    county = await createArea([TOWNSHIP("西山镇"), TOWNSHIP("南河镇")]);
    other = await createArea([TOWNSHIP("桥头镇")]);
    UNIT = county.units[0].name;
    // Years after next cannot be made in the UI (年度不能晚于明年): the two years are seeded as stored reports.
    const r2036 = fixtureReport(2036);
    r2036.tables.requests[NEW] = [3, 0, 0, 0, 0, 0, 0];
    r2036.tables.requests[GRANTED] = [1, 0, 0, 0, 0, 0, 0];
    r2036.tables.requests[FORWARD] = [2, 0, 0, 0, 0, 0, 0];
    const a = fillDerived(r2036);
    // 2037 started 以上年报告为基础 (texts copied, 结转 carried), then written on: 5 new requests,
    // 上年结转 typed over (3, not the 2 carried), 五's plans rewritten.
    const b = reportFromPrevious(a, { year: 2037, organName: UNIT, organKind: "township" });
    expect(b.tables.requests[OVER][0]).toBe(2);
    b.tables.requests[NEW] = [5, 0, 0, 0, 0, 0, 0];
    b.tables.requests[OVER] = [3, 0, 0, 0, 0, 0, 0];
    b.tables.requests[GRANTED] = [6, 0, 0, 0, 0, 0, 0];
    b.tables.requests[FORWARD] = [2, 0, 0, 0, 0, 0, 0];
    const [first] = b.text.problems.split("\n");
    b.text.problems = `${first}\n${NEW_PARAGRAPH}`;
    b.meta.signedOn = "2038-01-20";
    await seed(a, "published");
    ID_2037 = await seed(fillDerived(b), "draft", a);
  });

  test("the clerk compares 2037 with 2036 from the list and from the preview", async ({ page }) => {
    await loginAs(page, county.units[0].clerk);
    await page.goto("/reports");
    // The oldest year has no year before it to compare with.
    await expect(page.locator('tr[data-year="2036"]').getByRole("link", { name: /对比上年/ })).toHaveCount(0);
    await page.locator('tr[data-year="2037"]').getByRole("link", { name: /对比上年/ }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${ID_2037}/compare$`));
    await expectComparison(page);
    await expectAccessible(page);
    await shot(page, "year-over-year-clerk");
    await page.locator(`td[data-cell="${OVER_CELL}"]`).scrollIntoViewIfNeeded();
    await shot(page, "year-over-year-clerk-tables");
    await page.locator('[data-text-field="text.problems"]').scrollIntoViewIfNeeded();
    await shot(page, "year-over-year-clerk-texts");

    // Back to the report, and in again from the wizard's last step.
    await page.getByRole("link", { name: "← 返回2037年度报告" }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${ID_2037}$`));
    await openStep(page, "preview");
    await page.getByRole("link", { name: "与上年报告对比" }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${ID_2037}/compare$`));
    await expect(page.locator(`td[data-cell="${OVER_CELL}"]`)).toHaveAttribute("data-break", "W1");
  });

  test("the supervisor opens it from the review page", async ({ page }) => {
    await loginAs(page, county.supervisor);
    await page.goto(`/review/${ID_2037}`);
    await page.getByRole("link", { name: "与上年报告对比" }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${ID_2037}/compare$`));
    await expectComparison(page);
    await expect(page.getByRole("link", { name: "← 返回2037年度报告" })).toHaveAttribute("href", `/review/${ID_2037}`);
  });

  test("another township's clerk and another county's supervisor get the Chinese 404, nothing of the unit", async ({ page }) => {
    for (const user of [county.units[1].clerk, other.supervisor]) {
      await loginAs(page, user);
      const res = await page.goto(`/reports/${ID_2037}/compare?with=2036`);
      expect(res?.status(), user.username).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这份报告");
      expect(await page.content()).not.toContain("西山镇");
    }
    await shot(page, "year-over-year-404");
  });
});
