/** New reports: one per unit and year, the format from the year, and "以上年报告为基础". */
import { expect, test } from "./fixtures";
import { getTemplate } from "../lib/template";
import { cell, newReport, openStep, waitSaved } from "./wizard-helpers";

const t = getTemplate("2021");

test("one report per unit and year; a new year can start from last year's", async ({ page }) => {
  test.setTimeout(120_000);
  await newReport(page, 2025);
  await openStep(page, "requests");
  await cell(page, "2021", { table: "requests", row: "carriedForward", column: 0 }).fill("2");
  await cell(page, "2021", { table: "requests", row: "carriedForward", column: 4 }).fill("1");
  await openStep(page, "problems");
  await page.getByLabel(`${t.sections[4].heading} 正文`).fill("2025 年的问题。");
  await waitSaved(page);

  // The same year again: refused in Chinese, with a link to the existing report.
  await page.goto("/reports");
  await page.getByLabel("报告年度").fill("2025");
  await page.getByRole("button", { name: "新建", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "本单位 2025 年度报告已存在" })).toBeVisible();
  await page.getByRole("link", { name: "打开已有的报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2025年");

  // The year picks the format.
  await page.goto("/reports");
  await page.getByLabel("报告年度").fill("2020");
  await expect(page.getByText(`2020 年度报告使用 2019年格式（${getTemplate("2019").notice}）。`)).toBeVisible();

  // 2026 from 2025: texts copied, 四、结转下年度 carried into 二、上年结转 cell by cell.
  await newReport(page, 2026, { fromPrevious: true });
  await openStep(page, "requests");
  await expect(cell(page, "2021", { table: "requests", row: "carriedOver", column: 0 })).toHaveValue("2");
  await expect(cell(page, "2021", { table: "requests", row: "carriedOver", column: 4 })).toHaveValue("1");
  await expect(cell(page, "2021", { table: "requests", row: "carriedOver", column: 6 })).toHaveValue("3");
  await expect(cell(page, "2021", { table: "requests", row: "carriedForward", column: 0 })).toHaveValue("0");
  await openStep(page, "problems");
  await expect(page.getByLabel(`${t.sections[4].heading} 正文`)).toHaveValue("2025 年的问题。");
  await openStep(page, "basics");
  await expect(page.getByLabel("前言")).toHaveValue(/2026年政府信息公开工作年度报告/);

  // A finding about a text (一、总体情况 left empty) jumps to its textarea.
  const part = t.overviewParts[2].heading;
  const panel = page.getByRole("region", { name: "检查结果" });
  await panel.getByRole("button").filter({ hasText: part }).first().click();
  await expect(page.locator('[data-step="overview"]')).toHaveAttribute("aria-current", "step");
  await expect(page.getByLabel(part)).toBeFocused();
});
