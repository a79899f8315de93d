/**
 * The demo data a first visitor meets (README 演示账号): 示例区自然资源局 has a
 * published 2021 report and a 2022 report awaiting review; its clerk sees both,
 * the supervisor can review 2022 at once. Read-only: other specs count on these
 * reports staying as seeded.
 */
import { expect, loginAs, test } from "./fixtures";

const UNIT = "示例区自然资源局";

test("the demo unit's clerk finds a published 2021 report and a 2022 report awaiting review", async ({ page }) => {
  await loginAs(page, "ziyuan");
  await page.goto("/reports");
  await expect(page.locator('tr[data-year="2021"]').getByTestId("status")).toHaveText("已发布");
  await expect(page.locator('tr[data-year="2022"]').getByTestId("status")).toHaveText("待审核");
  await page.locator('tr[data-year="2021"]').getByRole("link", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${UNIT}2021年政府信息公开工作年度报告`);
  await page.locator('nav[aria-label="填报步骤"] [data-step="requests"]').click();
  // The fixture's numbers, shown but not editable: the report is published.
  await expect(page.locator('input[data-cell="requests/newRequests/0"]')).not.toHaveValue("");
  await expect(page.locator('input[data-cell="requests/newRequests/0"]')).toHaveAttribute("readonly", "");
});

test("the supervisor reviews the demo 2022 report: it waits on the dashboard with its history", async ({ page }) => {
  await loginAs(page, "shenhe");
  await page.goto("/review?year=2022");
  const row = page.getByTestId("unit-org-natural-resources");
  await expect(row.getByTestId("status")).toHaveText("待审核");
  await row.getByRole("link", { name: /审核/ }).click();
  await expect(page.locator("main h1").first()).toHaveText(`${UNIT}2022年政府信息公开工作年度报告`);
  const history = page.getByRole("list", { name: "流转记录" });
  await expect(history).toContainText("以上年报告为基础新建");
  await expect(history).toContainText("草稿 → 待审核");
  await expect(page.getByRole("button", { name: "审核通过" })).toBeEnabled();
});
