/**
 * The table grid through the real wizard: spreadsheet keys, normalisation,
 * refusal at the cell, Excel paste, read-only totals, findings at the cell,
 * as the clerk of a county department.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEPARTMENT } from "./own-area";

test.use({ areaSpec: { units: [DEPARTMENT("卫生健康局")] } });

/** A new report of the year, opened at a step. */
async function openStep(page: Page, year: number, step: "proactive" | "requests" | "appeals"): Promise<void> {
  await page.goto("/reports");
  await page.getByLabel("报告年度").fill(String(year));
  await page.getByRole("button", { name: "新建" }).click();
  await page.waitForURL(/\/reports\/[^/?]+$/);
  await page.goto(`${page.url()}?step=${step}`);
  await expect(page.locator(`table[data-table="${step}"]`)).toBeVisible();
}

const cell = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

const NEW = "一、本年新收政府信息公开申请数量";
const CARRIED = "二、上年结转政府信息公开申请数量";
const GRANTED = "（一）予以公开";
const PARTLY = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const BIZ = "法人或其他组织 商业企业";

test("Enter and the arrow keys move like a spreadsheet over table 三", async ({ page }) => {
  await openStep(page, 2023, "requests");
  await cell(page, `${NEW} 自然人`).click();
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(cell(page, `${CARRIED} 自然人`)).toBeFocused();
  // Moving in selects the cell's text, so arrows leave at once (as in Excel).
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, `${CARRIED} ${BIZ}`)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cell(page, `${NEW} ${BIZ}`)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(cell(page, `${GRANTED} ${BIZ}`)).toBeFocused();
  await page.keyboard.press("Shift+Enter");
  await expect(cell(page, `${CARRIED} ${BIZ}`)).toBeFocused();

  // Left/Right move the caret inside typed text and leave only at its edge.
  await page.keyboard.type("45");
  await page.keyboard.press("ArrowLeft");
  await expect(cell(page, `${CARRIED} ${BIZ}`)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(cell(page, `${CARRIED} ${BIZ}`)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(cell(page, `${CARRIED} 自然人`)).toBeFocused();

  // The computed total is reachable by keyboard for reading, read-only, with its name.
  await cell(page, `${NEW} 法人或其他组织 其他`).click();
  await page.keyboard.press("ArrowRight");
  const total = cell(page, `${NEW} 总计`);
  await expect(total).toBeFocused();
  await expect(total).toHaveAttribute("readonly", "");
  await expect(total).toHaveValue("3");
});

test("full-width digits and separators are normalised; a letter is refused at the cell", async ({ page }) => {
  await openStep(page, 2024, "requests");
  const natural = cell(page, `${NEW} 自然人`);
  await natural.fill("１２");
  await page.keyboard.press("Tab");
  await expect(natural).toHaveValue("12");
  const biz = cell(page, `${NEW} ${BIZ}`);
  await biz.fill("1,234");
  await page.keyboard.press("Tab");
  await expect(biz).toHaveValue("1234");
  await expect(cell(page, `${NEW} 总计`)).toHaveValue("1246");

  await natural.fill("1a");
  await expect(natural).toHaveAttribute("aria-invalid", "true");
  const td = page.locator("td", { has: natural });
  await expect(td.getByText("请输入数字，如 12")).toBeVisible();
  // The report keeps the last valid value: the total does not move.
  await expect(cell(page, `${NEW} 总计`)).toHaveValue("1246");
  await page.keyboard.press("Tab");
  await expect(natural).toHaveValue("1a");
  await expect(td.getByText("请输入数字，如 12")).toBeVisible();

  await natural.fill("-1");
  await expect(td.getByText("本格不能为负数")).toBeVisible();
  await natural.fill("1.5");
  await expect(td.getByText("本格只能填整数")).toBeVisible();
  await natural.fill("/");
  await expect(td.getByText("空白或“/”请填 0")).toBeVisible();
  // Esc gives the typed text up and shows the value the report keeps.
  await page.keyboard.press("Escape");
  await expect(natural).toHaveValue("12");
  await expect(natural).not.toHaveAttribute("aria-invalid");

  await natural.fill("20");
  await expect(natural).not.toHaveAttribute("aria-invalid");
  await expect(td.getByText("请输入数字，如 12")).toHaveCount(0);
  await expect(cell(page, `${NEW} 总计`)).toHaveValue("1254");
});

test("a 3×4 block pasted from Excel fills the grid, totals follow, findings show at the cells", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openStep(page, 2025, "requests");
  await cell(page, `${NEW} 自然人`).click();
  await page.evaluate(() => navigator.clipboard.writeText("1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n"));
  await page.keyboard.press("Control+V");
  await expect(page.getByRole("status").filter({ hasText: "已粘贴 12 个数" })).toBeVisible();
  await expect(cell(page, `${NEW} 自然人`)).toHaveValue("1");
  await expect(cell(page, `${NEW} 法人或其他组织 社会公益组织`)).toHaveValue("4");
  await expect(cell(page, `${CARRIED} ${BIZ}`)).toHaveValue("6");
  await expect(cell(page, `${GRANTED} 法人或其他组织 科研机构`)).toHaveValue("11");
  // Derived totals computed and read-only: row 一 1+2+3+4, （七）总计 of 自然人 = 9.
  await expect(cell(page, `${NEW} 总计`)).toHaveValue("10");
  await expect(cell(page, "（七）总计 自然人")).toHaveValue("9");

  // R1 for 自然人: 一＋二 = 6 but （七）总计＋四 = 9: an error at 四 自然人 and in the panel.
  const r1 = page.locator("td", { has: cell(page, "四、结转下年度继续办理 自然人") });
  await expect(r1).toHaveAttribute("data-status", "error");
  await expect(page.getByRole("region", { name: "检查结果" }).getByText("表三 四、结转下年度继续办理 · 自然人")).toBeVisible();
  await cell(page, "四、结转下年度继续办理 自然人").focus();
  await expect(r1.getByText(/自然人：一＋二（1＋5＝6）≠ （七）总计＋四（9＋0＝9）/)).toBeVisible();
  // Picking the finding in the panel brings the clerk to its cell.
  const panel = page.getByRole("region", { name: "检查结果" });
  // Four R1 columns, and the 落款日期 this new report does not have yet.
  await expect(panel.getByTestId("findings-counts")).toContainText("5 处错误");
  await cell(page, `${GRANTED} 自然人`).focus();
  await panel.getByRole("button", { name: /错误 表三 四、结转下年度继续办理 · 法人或其他组织 科研机构/ }).click();
  await expect(cell(page, "四、结转下年度继续办理 法人或其他组织 科研机构")).toBeFocused();

  // A block with a bad value pastes nothing and says which value and why.
  await cell(page, `${PARTLY} 自然人`).click();
  await page.evaluate(() => navigator.clipboard.writeText("7\t8\r\n9\tx\r\n"));
  await page.keyboard.press("Control+V");
  await expect(page.getByRole("alert").filter({ hasText: "“x”" })).toContainText("请输入数字，如 12");
  await expect(cell(page, `${PARTLY} 自然人`)).toHaveValue("0");

  // Values landing on the total column or past the table are skipped and counted.
  await cell(page, `${PARTLY} 法人或其他组织 其他`).click();
  await page.evaluate(() => navigator.clipboard.writeText("5\t6\t7\r\n"));
  await page.keyboard.press("Control+V");
  await expect(page.getByRole("status").filter({ hasText: "已粘贴 1 个数；1 个超出表格范围未粘贴；1 个落在自动计算的合计格，未粘贴" })).toBeVisible();
  await expect(cell(page, `${PARTLY} 总计`)).toHaveValue("5");

  // A pasted value replaces refused typed text even when the report's value stays the same.
  const refusedCell = cell(page, `${PARTLY} 法人或其他组织 法律服务机构`);
  await refusedCell.fill("zz");
  await expect(refusedCell).toHaveAttribute("aria-invalid", "true");
  await page.evaluate(() => navigator.clipboard.writeText("0\r\n"));
  await page.keyboard.press("Control+V");
  await expect(refusedCell).toHaveValue("0");
  await expect(refusedCell).not.toHaveAttribute("aria-invalid");
});

test("a dispatched paste event (WPS) with quoted cells and a trailing newline fills table 四", async ({ page }) => {
  await openStep(page, 2026, "appeals");
  const first = cell(page, "行政复议 结果维持");
  await first.click();
  await first.evaluate((el) => {
    const data = new DataTransfer();
    data.setData("text/plain", '"1"\t2\t0\t1\n');
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(cell(page, "行政复议 结果纠正")).toHaveValue("2");
  await expect(cell(page, "行政复议 总计")).toHaveValue("4");
  await expect(cell(page, "行政复议 总计")).toHaveAttribute("readonly", "");
  // Enter runs along the single data row, passing over the computed 总计.
  await cell(page, "行政复议 尚未审结").click();
  await page.keyboard.press("Enter");
  await expect(cell(page, "行政诉讼 未经复议直接起诉 结果维持")).toBeFocused();
});

test("2019 format: 本年增/减 takes a negative number, other counts refuse it; merged cells in table 二", async ({ page }) => {
  await openStep(page, 2019, "proactive");
  const change = cell(page, "行政许可 本年增/减");
  await change.fill("－３");
  await page.keyboard.press("Tab");
  await expect(change).toHaveValue("-3");
  const previous = cell(page, "行政许可 上一年项目数量");
  await previous.fill("-3");
  await expect(page.locator("td", { has: previous }).getByText("本格不能为负数")).toBeVisible();
  await previous.fill("5");
  const amount = cell(page, "政府集中采购 采购总金额");
  await amount.fill("12.34567");
  await expect(page.locator("td", { has: amount }).getByText("金额最多保留 4 位小数")).toBeVisible();
  await amount.fill("12.3456");
  await expect(amount).not.toHaveAttribute("aria-invalid");
  // Down from 行政强制 处理决定数量 skips the caption and header rows onto the merged 本年增/减.
  await cell(page, "行政强制 处理决定数量").click();
  await page.keyboard.press("ArrowDown");
  await expect(cell(page, "行政事业性收费 本年增/减")).toBeFocused();
});

test("the grid with a refused cell, marked findings and an open message passes axe (serious/critical)", async ({ page }) => {
  await openStep(page, 2022, "requests");
  await cell(page, `${NEW} 自然人`).fill("5");
  await cell(page, `${CARRIED} 自然人`).fill("abc");
  await cell(page, "四、结转下年度继续办理 自然人").focus();
  await expect(page.locator("td[data-status=error]").first()).toBeVisible();
  const result = await new AxeBuilder({ page })
    .include("table[data-table]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
});
