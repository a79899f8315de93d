/** Shared steps of the wizard specs: create a report, find a cell by its accessible name, wait for the autosave. */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { getTemplate, type CellRef, type FormatId } from "../lib/template";
import { tableGrid } from "../lib/template/layout";
import { cellKey } from "../lib/report/cells";

/** The accessible name the grid gives a cell (row and column labels of the template). */
export function cellName(format: FormatId, ref: CellRef): string {
  const grid = tableGrid(getTemplate(format), ref.table);
  for (const row of grid.rows) {
    for (const c of row) if (c.type === "input" && cellKey(c.ref) === cellKey(ref)) return c.name;
  }
  throw new Error(`no cell ${cellKey(ref)}`);
}

export function cell(page: Page, format: FormatId, ref: CellRef) {
  return page.locator(`input[data-cell="${cellKey(ref)}"]`);
}

/** Creates the unit's report for a year from /reports and returns its id (the wizard is open). */
export async function newReport(page: Page, year: number, opts: { fromPrevious?: boolean } = {}): Promise<string> {
  await page.goto("/reports");
  await page.getByLabel("报告年度").fill(String(year));
  if (opts.fromPrevious) await page.getByLabel(/以上年报告为基础/).check();
  await page.getByRole("button", { name: "新建", exact: true }).click();
  await page.waitForURL(/\/reports\/[^/?]+(\?.*)?$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${year}年政府信息公开工作年度报告`);
  return new URL(page.url()).pathname.split("/").pop()!;
}

export async function openStep(page: Page, id: string) {
  await page.locator(`nav[aria-label="填报步骤"] [data-step="${id}"]`).click();
  await expect(page.locator(`[data-step="${id}"]`)).toHaveAttribute("aria-current", "step");
}

export function saveState(page: Page) {
  return page.locator("[data-save-state]");
}

/** Waits until the page says the draft is saved (已保存 HH:MM:SS). */
export async function waitSaved(page: Page) {
  await expect(saveState(page)).toHaveText(/^已保存 \d\d:\d\d:\d\d$/, { timeout: 15_000 });
}

export function stepState(page: Page, id: string) {
  return page.locator(`[data-step="${id}"] [data-state]`);
}

export function findingsCounts(page: Page) {
  return page.getByTestId("findings-counts").first();
}

/** 预览 · 提交审核, answered 确定提交 in the confirmation (the unit cannot edit while under review). */
export async function submitForReview(page: Page) {
  await openStep(page, "preview");
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("alertdialog", { name: "确定提交审核？" }).getByRole("button", { name: "确定提交" }).click();
  await expect(page).toHaveURL(/\/reports\?submitted=1/);
}
