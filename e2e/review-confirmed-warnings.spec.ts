/**
 * The supervisor sees what the clerk saw: a department's clerk (教育局) starts 2026 with a 二、上年结转 that
 * differs from 2025's 四、结转下年度继续办理 (W1, only found against last year's report),
 * confirms it with a reason in the findings panel and submits; the supervisor opens the report
 * from the dashboard and finds that warning with the clerk's reason, and the dashboard's counts.
 */
import { expect, loginAs, test } from "./fixtures";
import { DEPARTMENT } from "./own-area";
import { cell, newReport, openStep, submitForReview, waitSaved } from "./wizard-helpers";

const LAST = 2025;
const YEAR = 2026;
const W1_REASON = "上年结转的 1 件申请已转交市教育局办理，本年不再结转。";
const OTHER_REASON = "经核实无误。";

test.use({ areaSpec: { units: [DEPARTMENT("教育局")] } });

test("a W1 warning the clerk confirmed shows, with the reason, on the review page", async ({ page, area }) => {
  test.setTimeout(180_000);

  // Last year: 2 applications carried into the next year (stored through the autosave API).
  const lastId = await newReport(page, LAST);
  const last = await (await page.request.get(`/api/reports/${lastId}`)).json();
  last.report.tables.requests.newRequests = [2, 0, 0, 0, 0, 0, 2];
  last.report.tables.requests.carriedForward = [2, 0, 0, 0, 0, 0, 2];
  const put = await page.request.put(`/api/reports/${lastId}`, { data: { baseVersion: last.version, data: last.report, acknowledgements: {} } });
  expect(put.status()).toBe(200);

  // This year: 落款日期 set (R7), then the clerk types 1 into 二、上年结转 and 四 (so the table balances) with the keyboard.
  await newReport(page, YEAR);
  await page.getByLabel("落款日期").fill(`${YEAR + 1}-01-20`);
  await openStep(page, "requests");
  const over = cell(page, "2021", { table: "requests", row: "carriedOver", column: 0 });
  await over.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("1");
  const forward = cell(page, "2021", { table: "requests", row: "carriedForward", column: 0 });
  await forward.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");

  const panel = page.getByRole("region", { name: "检查结果" });
  const w1 = panel.locator('li[data-rule="W1"]').first();
  await expect(w1).toContainText("上年结转");
  await w1.getByRole("button", { name: "确认无误…" }).click();
  await w1.getByLabel("确认理由（审核人会看到）").click();
  await page.keyboard.type(W1_REASON);
  await w1.getByRole("button", { name: "确认", exact: true }).click();
  await expect(w1).toContainText(`已确认：${W1_REASON}`);

  // Every other warning (empty texts …) confirmed too, so the report can go to review.
  const confirmButtons = panel.getByRole("button", { name: "确认无误…" });
  while ((await confirmButtons.count()) > 0) {
    await confirmButtons.first().click();
    await panel.getByLabel("确认理由（审核人会看到）").fill(OTHER_REASON);
    await panel.getByRole("button", { name: "确认", exact: true }).click();
  }
  await waitSaved(page);
  await submitForReview(page);

  // The supervisor opens it from the dashboard.
  await loginAs(page, area.supervisor);
  await page.goto(`/review?year=${YEAR}`);
  const row = page.getByTestId(`unit-${area.units[0].id}`);
  const dashboardText = await row.innerText();
  await row.getByRole("link").first().click();
  await page.waitForURL(/\/review\/[^/?]+(\?.*)?$/);

  const confirmed = page.getByRole("region", { name: "填报人已确认的提醒" });
  const item = confirmed.locator('li[data-rule="W1"]').first();
  await expect(item).toContainText("上年结转");
  await expect(item).toContainText(`填报人确认理由：${W1_REASON}`);
  await expect(confirmed.locator("li").filter({ hasText: OTHER_REASON }).first()).toBeVisible();
  // No unconfirmed warning: the same 0 the dashboard shows.
  await expect(page.getByText(/错误 0 处，未确认的提醒 0 处，填报人已确认 \d+ 处提醒/)).toBeVisible();
  expect(dashboardText).toMatch(/待审核/);
});
