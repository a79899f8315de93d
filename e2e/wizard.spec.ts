/**
 * The authoring wizard as a new clerk of a township uses it: every step, live 勾稽
 * checks at the cell and in the panel, paste from Excel, autosave that survives
 * a reload.
 */
import { expect, test } from "./fixtures";
import { getTemplate } from "../lib/template";
import { cell, findingsCounts, newReport, openStep, saveState, stepState, waitSaved } from "./wizard-helpers";

const t = getTemplate("2021");
const NEW = (column: number) => ({ table: "requests" as const, row: "newRequests", column });
const GRANTED = (column: number) => ({ table: "requests" as const, row: "granted", column });
const CARRIED = (column: number) => ({ table: "requests" as const, row: "carriedOver", column });

test("a clerk writes the 2022 report step by step; checks, paste and autosave work as promised", async ({ page, context, area }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await newReport(page, 2022);

  // The step list: every part of the template, each 未填.
  const nav = page.getByRole("navigation", { name: "填报步骤" });
  for (const s of t.sections) await expect(nav).toContainText(s.heading);
  await expect(stepState(page, "overview")).toHaveText("未填");

  // 基本信息: a refused value shows its message and changes nothing; valid values redraft the preamble.
  await page.getByLabel("邮编").fill("12ab");
  await expect(page.getByText("邮编应为 6 位数字。")).toBeVisible();
  await page.getByLabel("邮编").fill("311100");
  await expect(page.getByText("邮编应为 6 位数字。")).toHaveCount(0);
  await page.getByLabel("电子版发布网址").fill("http://www.donghu.gov.cn");
  await page.getByLabel("联系部门").fill("党政办公室");
  await page.getByLabel("联系电话").fill("0571-12345678");
  await page.getByLabel("落款日期").fill("2023-01-20");
  const preamble = page.getByLabel("前言");
  await expect(preamble).toHaveValue(/电子版可在http:\/\/www\.donghu\.gov\.cn下载/);
  await expect(preamble).toHaveValue(new RegExp(`请与${area.units[0].name}党政办公室联系（邮编：311100；电话：0571-12345678）`));
  await expect(preamble).toHaveValue(new RegExp(t.notice.replace(/[〔〕]/g, ".")));
  await waitSaved(page);
  await expect(stepState(page, "basics")).toHaveText("已填");

  // 一、总体情况: the five sub-parts of the template, each with its hint.
  await page.getByRole("button", { name: /^下一步/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.sections[0].heading })).toBeVisible();
  for (const part of t.overviewParts) {
    await expect(page.getByText(part.hint)).toBeVisible();
    await page.getByLabel(part.heading).fill(`${part.heading.slice(3)}：本年度工作情况。\n第二段。`);
  }
  const first = `${t.overviewParts[0].heading.slice(3)}：本年度工作情况。\n第二段。`;
  await expect(page.getByText(`${[...first.replace(/\n/g, "")].length} 字`).first()).toBeVisible();
  await openStep(page, "proactive");
  await expect(stepState(page, "overview")).toHaveText("已填");

  // 二: table 二 from the template.
  await cell(page, "2021", { table: "proactive", row: "licensing", column: "decisions" }).fill("12");

  // 三: a number that breaks R1 shows at the cell and in the panel; the step shows 有错误.
  await openStep(page, "requests");
  await cell(page, "2021", NEW(0)).fill("5");
  await expect(cell(page, "2021", NEW(6))).toHaveValue("5"); // 总计 computed
  await expect(findingsCounts(page)).toContainText(/[1-9]\d* 处错误/);
  const panel = page.getByRole("region", { name: "检查结果" });
  await expect(panel).toContainText("自然人");
  await expect(page.locator('td[data-status="error"]').first()).toBeVisible();
  await expect(stepState(page, "requests")).toHaveText("有错误");

  // Submit is held back with the reason while errors remain.
  await openStep(page, "preview");
  await expect(page.getByRole("button", { name: "提交审核" })).toBeDisabled();
  await expect(page.getByText(/还有 \d+ 处错误，改正后才能提交审核。/)).toBeVisible();

  // Clicking the finding goes back to table 三 and focuses the cell.
  await panel.getByRole("button").filter({ hasText: "自然人" }).first().click();
  await expect(page.locator('[data-step="requests"]')).toHaveAttribute("aria-current", "step");
  await expect(page.locator("input[data-cell^='requests/']:focus")).toHaveCount(1);

  // Fixed: the finding goes.
  await cell(page, "2021", GRANTED(0)).fill("5");
  await expect(findingsCounts(page)).not.toContainText(/[1-9]\d* 处错误/);
  await expect(page.locator('td[data-status="error"]')).toHaveCount(0);

  // A 3×4 block from Excel, pasted at 一 · 自然人: rows 一, 二, （一）; columns 自然人 … 社会公益组织.
  await page.evaluate(() => navigator.clipboard.writeText("6\t1\t0\t2\r\n0\t0\t0\t0\r\n6\t1\t0\t2\r\n"));
  await cell(page, "2021", NEW(0)).focus();
  await page.keyboard.press("Control+V");
  await expect(cell(page, "2021", NEW(1))).toHaveValue("1");
  await expect(cell(page, "2021", NEW(3))).toHaveValue("2");
  await expect(cell(page, "2021", GRANTED(0))).toHaveValue("6");
  await expect(cell(page, "2021", CARRIED(0))).toHaveValue("0");
  await expect(cell(page, "2021", NEW(6))).toHaveValue("9");
  await expect(findingsCounts(page)).not.toContainText(/[1-9]\d* 处错误/);

  // 四, 五, 六.
  await openStep(page, "appeals");
  await openStep(page, "problems");
  await page.getByLabel(`${t.sections[4].heading} 正文`).fill("问题：公开内容不够及时。\n改进：建立周报制度。");
  await openStep(page, "other");
  await page.getByRole("button", { name: /插入“本年度未收取信息处理费。”/ }).click();
  await expect(page.getByLabel(`${t.sections[5].heading} 正文`)).toHaveValue("本年度未收取信息处理费。");

  // While a change is unsaved, closing the tab warns.
  await page.getByLabel(`${t.sections[5].heading} 正文`).press("End");
  await page.keyboard.type("无其他事项。");
  const warns = await page.evaluate(() => {
    const e = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(warns).toBe(true);
  await waitSaved(page);

  // Preview: the whole document, the .docx link.
  await openStep(page, "preview");
  await expect(page.getByRole("link", { name: /下载 Word 文档/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "报告预览" })).toContainText("问题：公开内容不够及时。");
  await expect(stepState(page, "requests")).toHaveText("已填");

  // Reload: everything the page said was saved is there.
  await page.reload();
  await expect(saveState(page)).toHaveText("已保存");
  await openStep(page, "basics");
  await expect(page.getByLabel("电子版发布网址")).toHaveValue("http://www.donghu.gov.cn");
  await expect(page.getByLabel("落款日期")).toHaveValue("2023-01-20");
  await expect(page.getByLabel("邮编")).toHaveValue("311100");
  await openStep(page, "overview");
  await expect(page.getByLabel(t.overviewParts[4].heading)).toHaveValue(/监督保障：本年度工作情况。\n第二段。/);
  await openStep(page, "proactive");
  await expect(cell(page, "2021", { table: "proactive", row: "licensing", column: "decisions" })).toHaveValue("12");
  await openStep(page, "requests");
  await expect(cell(page, "2021", NEW(0))).toHaveValue("6");
  await expect(cell(page, "2021", NEW(6))).toHaveValue("9");
  await expect(cell(page, "2021", GRANTED(3))).toHaveValue("2");
  await openStep(page, "other");
  await expect(page.getByLabel(`${t.sections[5].heading} 正文`)).toHaveValue("本年度未收取信息处理费。无其他事项。");

  // The list shows the report with its status.
  await page.goto("/reports");
  const row = page.locator('tr[data-year="2022"]');
  await expect(row.getByTestId("status")).toHaveText("草稿");
  await expect(row).toContainText("2021年格式");
});

test("warnings confirmed with a reason persist; with no error left the clerk submits for review", async ({ page }) => {
  test.setTimeout(120_000);
  // A new report, its one error (no 落款日期) fixed: what is left are warnings.
  await newReport(page, 2022);
  await page.getByLabel("落款日期").fill("2023-01-20");
  await expect(findingsCounts(page)).toContainText("0 处错误");

  // A township reporting 规章 is suspicious (W4): a warning to confirm, not an error.
  await openStep(page, "proactive");
  await cell(page, "2021", { table: "proactive", row: "regulations", column: "issued" }).fill("1");
  await cell(page, "2021", { table: "proactive", row: "regulations", column: "inForce" }).fill("1");
  const panel = page.getByRole("region", { name: "检查结果" });
  await expect(panel.locator('li[data-severity="warning"]').first()).toBeVisible();
  await expect(findingsCounts(page)).not.toContainText(/[1-9]\d* 处错误/);

  // Submit is held back while a warning is neither fixed nor confirmed.
  await openStep(page, "preview");
  await expect(page.getByRole("button", { name: "提交审核" })).toBeDisabled();
  await expect(page.getByText(/条未确认的提醒/)).toBeVisible();

  // Confirm every warning; a confirmation without a reason is refused.
  const confirmButtons = panel.getByRole("button", { name: "确认无误…" });
  await confirmButtons.first().click();
  await panel.getByRole("button", { name: "确认", exact: true }).click();
  await expect(panel.getByRole("alert")).toContainText("请写明确认无误的理由");
  await panel.getByLabel("确认理由（审核人会看到）").fill("本年度经核实无误。");
  await panel.getByRole("button", { name: "确认", exact: true }).click();
  while ((await confirmButtons.count()) > 0) {
    await confirmButtons.first().click();
    await panel.getByLabel("确认理由（审核人会看到）").fill("本年度经核实无误。");
    await panel.getByRole("button", { name: "确认", exact: true }).click();
  }
  const confirmed = await panel.getByText("已确认：本年度经核实无误。").count();
  expect(confirmed).toBeGreaterThan(0);
  await waitSaved(page);

  // The confirmations were saved with the draft.
  await page.reload();
  await expect(page.getByRole("region", { name: "检查结果" }).getByText("已确认：本年度经核实无误。")).toHaveCount(confirmed);

  // Submit: the server re-checks and the report goes to 待审核; the wizard then only shows it.
  const submit = page.getByRole("button", { name: "提交审核" });
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page.getByRole("alertdialog", { name: "确定提交审核？" })).toContainText("审核期间本单位不能再修改");
  await page.getByRole("button", { name: "确定提交" }).click();
  await page.waitForURL(/\/reports\?submitted=1/);
  await expect(page.locator('tr[data-year="2022"]').getByTestId("status")).toHaveText("待审核");
  await page.locator('tr[data-year="2022"]').getByRole("link", { name: /查看/ }).click();
  await expect(page.getByText("报告待审核，只能查看，不能修改。")).toBeVisible();
  await openStep(page, "problems");
  await expect(page.getByLabel(`${t.sections[4].heading} 正文`)).toHaveAttribute("readonly", "");
});
