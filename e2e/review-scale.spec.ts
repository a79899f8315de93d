/**
 * The supervisor's list when there are many units: bench:data adds 130 synthetic units (a city
 * with its departments and counties, townships and streets) for 2020 under a supervising office of
 * the spec's own (e2e/own-area.ts); its supervisor pages, searches, filters by kind, opens a
 * sub-area's 未提交 from 各辖区提交情况, orders by deadline and downloads the selection as .xlsx;
 * the 催报名单 pages, narrows to a sub-area and downloads every page — all in the real UI. The synthetic units are removed after.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { e2eDbFile, withDb } from "./db";
import { expectAccessible } from "./accessible";
import { expect, loginAs, test } from "./fixtures";
import { createArea, DEPARTMENT, type Area } from "./own-area";

const YEAR = 2020;

test.describe.configure({ mode: "serial" });

/** The office the synthetic units are put under, with one department directly below it (直属单位). */
let office: Area;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  office = await createArea([DEPARTMENT("卫生健康局")]);
  try {
    // --clerks 0: the autosave bench's clerk accounts would turn 100 of the 130 units' reports into drafts.
    const args = ["--units", "130", "--years", "1", "--last-year", String(YEAR), "--under", office.id, "--clerks", "0", "--skip-migrate"];
    execFileSync("npx", ["tsx", "scripts/bench-data.ts", ...args], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, DATABASE_URL: `file:${e2eDbFile()}` },
      stdio: "pipe",
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`bench:data failed: ${err.stdout?.toString() ?? ""}${err.stderr?.toString() ?? ""}`);
  }
});

test.afterAll(() => {
  withDb((db) =>
    db.transaction(() => {
      db.pragma("defer_foreign_keys = ON");
      for (const t of ["ReportEvent", "ReportSnapshot", "ReportComment"]) db.prepare(`DELETE FROM "${t}" WHERE "reportId" LIKE 'bench-%'`).run();
      for (const t of ["Report", "Reminder"]) db.prepare(`DELETE FROM "${t}" WHERE "organizationId" LIKE 'bench-%'`).run();
      db.prepare(`DELETE FROM "Organization" WHERE "id" LIKE 'bench-%'`).run();
    })(),
  );
});

/** The supervisor's units (below the office, enabled), counted in the database: what bench:data made of 130. */
const unitsOfSupervisor = () =>
  withDb(
    (db) =>
      (
        db
          .prepare(`SELECT COUNT(*) AS n FROM "Organization" WHERE "path" LIKE (SELECT "path" FROM "Organization" WHERE "id" = ?) || '_%' AND NOT "disabled"`)
          .get(office.id) as { n: number }
      ).n,
  );

const list = (page: Page) => page.getByRole("table", { name: "单位列表" });
const names = (page: Page) => list(page).locator('tbody tr th[scope="row"]').allTextContents();

test("pages, searches, filters by kind and sub-area, orders by deadline and downloads the list", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, office.supervisor);
  await page.goto(`/review?year=${YEAR}`);
  const summary = page.getByTestId("list-summary");
  const total = unitsOfSupervisor();
  expect(total).toBeGreaterThan(100);
  expect(total).toBeLessThanOrEqual(150);
  await expect(summary).toHaveText(`共 ${total} 个单位，第 1–50 个（第 1 / 3 页）`);
  const areas = page.getByRole("region", { name: "各辖区提交情况" });
  await expect(areas.getByTestId("area-total").getByRole("cell").first()).toHaveText(String(total));
  await expect(areas.getByTestId("area-direct")).toContainText("直属单位");
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`review-scale-${width}.png`), fullPage: true });
  }
  await expectAccessible(page);

  // Paging.
  const pager = page.getByRole("navigation", { name: "分页" });
  const firstPage = await names(page);
  await pager.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(summary).toHaveText(`共 ${total} 个单位，第 51–100 个（第 2 / 3 页）`);
  expect(await names(page)).not.toContain(firstPage[0]);
  await pager.getByRole("link", { name: "第 3 页" }).click();
  await expect(summary).toHaveText(`共 ${total} 个单位，第 101–${total} 个（第 3 / 3 页）`);

  // Search by name: a new selection starts on page 1.
  const filters = page.getByRole("search", { name: "筛选单位" });
  await filters.getByLabel("单位名称").fill("教育");
  await filters.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/q=%E6%95%99%E8%82%B2/);
  await expect(page).not.toHaveURL(/page=/);
  const found = await names(page);
  expect(found.length).toBeGreaterThan(1);
  for (const n of found) expect(n).toContain("教育");
  await expect(summary).toContainText(`共 ${found.length} 个单位`);

  // By kind, the search cleared.
  await filters.getByLabel("单位名称").fill("");
  await filters.getByLabel("单位类型").selectOption({ label: "乡镇人民政府" });
  await filters.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/kind=township/);
  const kinds = await list(page).locator("tbody tr td:nth-child(2)").allTextContents();
  expect(kinds.length).toBeGreaterThan(1);
  expect(new Set(kinds)).toEqual(new Set(["乡镇人民政府"]));

  // 各辖区提交情况: a sub-area's 未提交 number lists exactly those units.
  await page.getByRole("link", { name: "清除筛选" }).click();
  await expect(page).not.toHaveURL(/kind=/);
  const city = areas.locator('tbody tr[data-testid^="area-bench-"]').first();
  const cityName = (await city.getByRole("rowheader").textContent())!.trim();
  const notIn = parseInt((await city.getByTestId("not-in").textContent()) ?? "", 10);
  expect(notIn).toBeGreaterThan(0);
  await city.getByTestId("not-in").getByRole("link").click();
  await expect(page).toHaveURL(/status=notin/);
  await expect(page).toHaveURL(/area=bench-c0/);
  await expect(summary).toContainText(`${cityName}：共 ${notIn} 个单位`);
  await expect(page.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: /^未提交/ })).toHaveAttribute("aria-current", "page");
  const statuses = await list(page).locator('tbody [data-testid="status"]').allTextContents();
  expect(new Set(statuses.map((s) => s.trim())).size).toBeGreaterThan(0);
  for (const s of statuses) expect(["未创建", "草稿", "已退回"]).toContain(s.trim());
  await expect(page.getByRole("heading", { name: new RegExp(`^${cityName}合计`) })).toBeVisible();

  // By deadline: those not handed in lead.
  await page.goto(`/review?year=${YEAR}&status=all`);
  await filters.getByLabel("排序").selectOption("deadline");
  await filters.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/sort=deadline/);
  await expect(list(page).locator('tbody [data-testid="deadline"]').first()).toHaveText("截止时未提交");

  // The selection as .xlsx: every unit, not only this page.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载单位名单/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${YEAR}年度报告单位名单.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  expect(wb.getWorksheet("单位")!.rowCount).toBe(2 + total);
});

test("the review queue keeps the search and the page's order", async ({ page }) => {
  await loginAs(page, office.supervisor);
  await page.goto(`/review?year=${YEAR}&status=submitted&q=${encodeURIComponent("县")}`);
  const listed = await names(page);
  expect(listed.length).toBeGreaterThan(1);
  await list(page).locator("tbody tr").first().getByRole("link", { name: /审核/ }).click();
  const queue = page.getByRole("navigation", { name: "审核队列" });
  await expect(queue).toContainText(`第 1 / ${listed.length} 份`);
  await expect(queue.getByRole("link", { name: /下一份/ })).toContainText(listed[1]);
  await queue.getByRole("link", { name: "← 返回审核列表" }).click();
  await expect(page).toHaveURL(new RegExp(`/review\\?year=${YEAR}&status=submitted&q=`));
});

test("the 催报名单 pages through the units not handed in, narrows to a sub-area and downloads them all", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await loginAs(page, office.supervisor);
  // The year after bench:data's: no unit has begun, so all of them are to be called (their contacts from the year before).
  const year = YEAR + 1;
  await page.goto(`/review?year=${year}`);
  const notIn = parseInt((await page.getByRole("region", { name: "各辖区提交情况" }).getByTestId("area-total").getByTestId("not-in").textContent()) ?? "", 10);
  expect(notIn).toBeGreaterThan(50);
  await page.getByRole("link", { name: /催报名单/ }).click();
  const summary = page.getByTestId("call-list-summary");
  const pages = Math.ceil(notIn / 50);
  await expect(summary).toContainText(`共 ${notIn} 个单位尚未提交，本页第 1–50 个（第 1 / ${pages} 页）`);
  const callList = page.getByRole("table", { name: "催报名单" });
  await expect(callList.locator("tbody tr")).toHaveCount(50);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`call-list-${width}.png`), fullPage: true });
  }
  await expectAccessible(page);

  // The copied list is this page's: its header and its 50 lines.
  await page.getByRole("button", { name: "复制本页名单" }).click();
  await expect(page.getByText("已复制")).toBeVisible();
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
  expect(copied[0]).toBe("单位\t状态\t联系人\t最近催报");
  expect(copied).toHaveLength(51);
  const firstPage = await callList.locator('tbody th[scope="row"]').allTextContents();
  expect(copied[1].split("\t")[0]).toBe(firstPage[0]);

  const pager = page.getByRole("navigation", { name: "分页" });
  await pager.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(summary).toContainText(`本页第 51–${Math.min(100, notIn)} 个（第 2 / ${pages} 页）`);
  expect(await callList.locator('tbody th[scope="row"]').allTextContents()).not.toContain(firstPage[0]);

  // 按辖区: one city's units only, counted as 各辖区提交情况 counts them; a new area starts on page 1.
  const areas = page.getByRole("navigation", { name: "按辖区筛选" });
  const cityChip = areas.getByRole("link").nth(1);
  const [, cityName, cityCount] = /^(.+)（(\d+)）$/.exec((await cityChip.textContent())!.trim())!;
  await cityChip.click();
  await expect(page).toHaveURL(/area=bench-c0/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${year} 年度报告催报名单：${cityName}`);
  await expect(summary).toContainText(`共 ${cityCount} 个单位尚未提交`);
  await expect(areas.getByRole("link", { name: new RegExp(`^${cityName}`) })).toHaveAttribute("aria-current", "page");

  // The download holds the whole selection, every page of it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载名单/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${year}年度报告催报名单.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.getWorksheet("催报名单")!;
  expect(ws.rowCount).toBe(2 + Number(cityCount));
  expect(ws.getRow(2).values).toEqual([undefined, "单位", "状态", "联系人", "最近催报"]);
  // bench:data's reports name no contact and its units have no clerks: the list says so rather than leave a gap.
  expect(ws.getRow(3).values).toEqual([undefined, expect.stringContaining(""), "未创建报告", "（无联系人）", "未催报"]);

  await areas.getByRole("link", { name: /^全部/ }).click();
  await expect(summary).toContainText(`共 ${notIn} 个单位尚未提交`);
});

test("the summary goes level by level: a city's column is the sum of its units, and opens to its counties", async ({ page }) => {
  await loginAs(page, office.supervisor);
  await page.goto(`/review/summary?year=${YEAR}`);
  await expect(page.locator("main h1")).toHaveText(`${YEAR} 年度报告汇总（表二、表三、表四）`);
  const down = page.getByRole("navigation", { name: "逐级查看" });
  const city = down.getByRole("link").first();
  const [, cityName, cityReports] = /^(.+)（(\d+) 份）$/.exec((await city.textContent())!.trim())!;
  const t3 = page.getByTestId("summary-requests");
  await expect(t3.getByRole("columnheader", { name: `${cityName}（${cityReports} 份合计）` })).toBeVisible();
  // A column per unit directly under the office, not one per unit of the 130.
  expect((await t3.locator("thead th").allTextContents()).length).toBeLessThan(20);

  await city.click();
  await expect(page).toHaveURL(/level=bench-c0/);
  await expect(page.locator("main h1")).toHaveText(`${YEAR} 年度报告汇总（表二、表三、表四）：${cityName}`);
  await expect(page.getByRole("navigation", { name: "汇总层级" })).toContainText(`›${cityName}`);
  await expect(page.getByText(`计入 ${cityReports} 份报告`)).toBeVisible();
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`summary-level-${width}.png`) });
  }
  // The city's totals are the same one level down as beside it above: the first row's total.
  const total = (await t3.locator("tbody tr").first().locator("td").first().textContent())!;
  await page.getByRole("navigation", { name: "汇总层级" }).getByRole("link").first().click();
  await expect(page).not.toHaveURL(/level=/);
  const heads = await t3.locator("thead th").allTextContents();
  const at = heads.findIndex((h) => h.startsWith(`${cityName}（`));
  expect((await t3.locator("tbody tr").first().locator("td").nth(at - 1).textContent())!).toBe(total);
  await expectAccessible(page);
});
