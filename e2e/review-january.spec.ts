/**
 * The supervisor's January, as 示例区政务公开办 would live it with its units: the deadline
 * column, moving through the queue, returning with a reason the clerk sees first, reading
 * what changed, approving with open comments, publishing with a checked date, correcting and
 * reopening, 以上年报告为基础, 催报, and the county summary as .xlsx.
 * The round is played in a county of the spec's own (e2e/own-area.ts); the deadline column and the
 * summary read the demo reports of 示例区自然资源局 without changing them.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { parseReport } from "../lib/report/schema";
import { expectAccessible } from "./accessible";
import { expect, loginAs, test } from "./fixtures";
import { createArea, DEPARTMENT, TOWNSHIP, type Account, type Area } from "./own-area";
import { cell, newReport, openStep, submitForReview, waitSaved } from "./wizard-helpers";

const YEAR = 2023;
const SHOTS = process.env.SCREENSHOT_DIR;
const IN_FORCE = { table: "proactive", row: "normativeDocuments", column: "inForce" } as const;
const LICENSING = { table: "proactive", row: "licensing", column: "decisions" } as const;

/** A complete, consistent report (a real published 2021 town report), renamed and moved to `year`. */
function filledReport(year: number, organName: string) {
  const raw = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "tests", "fixtures", "guanting-town-2021.json"), "utf8"));
  raw.year = year;
  // The report's own year and the next (its 下一步 plans) move with it.
  // Its texts name the unit that now owns it (W7.organ asks about a preamble naming another organ).
  raw.text = JSON.parse(
    JSON.stringify(raw.text)
      .replace(/202[012]/g, (y: string) => String(year + Number(y) - 2021))
      .replace(/原州区官厅镇(人民政府)?/g, organName),
  );
  const parsed = parseReport(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join("；"));
  const r = parsed.report;
  r.organ.name = organName;
  r.meta.signedBy = organName;
  // R7: a report cannot be submitted without its 成文日期, after the year has ended.
  r.meta.signedOn = `${year + 1}-01-20`;
  r.meta.contact = { office: `${organName}办公室`, phone: "0000-1234567" };
  r.tables.proactive.normativeDocuments.inForce = 12;
  return r;
}

/** The clerk creates the year's report, fills it (through the autosave API) and submits it in the wizard. */
async function submitAs(page: Page, user: Account, year: number, organName: string): Promise<string> {
  await loginAs(page, user);
  const id = await newReport(page, year);
  const current = await (await page.request.get(`/api/reports/${id}`)).json();
  const put = await page.request.put(`/api/reports/${id}`, {
    data: { baseVersion: current.version, data: filledReport(year, organName), acknowledgements: {} },
  });
  expect(put.status()).toBe(200);
  await page.reload();
  await submitForReview(page);
  return id;
}

function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
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

test.use({ viewport: { width: 1366, height: 800 } });

test("the deadline column: a report handed in on time says so years later; a past year's missing report is 截止时未提交", async ({ page }) => {
  await loginAs(page, "shenhe");
  await page.goto("/review?year=2022");
  // 示例区自然资源局 handed its 2022 report in on 2023-01-16.
  await expect(page.getByTestId("unit-org-natural-resources").getByTestId("deadline")).toHaveText("按时提交");
  await expect(page.getByTestId("unit-org-health").getByTestId("deadline")).toHaveText("截止时未提交");
  await expect(page.getByTestId("unit-org-natural-resources").getByTestId("deadline")).not.toHaveClass(/text-red/);
});

test.describe.serial("the 2023 round", () => {
  let jiaoyu = "";
  let nanhe = "";
  /** 教育局 and 南河镇 play the round; 自然资源局 has no report at all. */
  let county: Area;
  let JIAOYU = "";
  let NANHE = "";
  const unit = (i: number) => county.units[i];

  test.beforeAll(async () => {
    county = await createArea([DEPARTMENT("教育局"), TOWNSHIP("南河镇"), DEPARTMENT("自然资源局")]);
    JIAOYU = unit(0).name;
    NANHE = unit(1).name;
  });

  test("two units submit; the supervisor moves through the queue in list order, filter kept, with the buttons and [ ]", async ({ page }) => {
    test.setTimeout(180_000);
    jiaoyu = await submitAs(page, unit(0).clerk, YEAR, JIAOYU);
    nanhe = await submitAs(page, unit(1).clerk, YEAR, NANHE);

    await loginAs(page, county.supervisor);
    await page.goto(`/review?year=${YEAR}`);
    await page.getByRole("link", { name: "待审核（2）" }).click();
    await expect(page).toHaveURL(/status=submitted/);
    // The county's two reports handed in, in list order (departments before townships).
    const names = await page.locator('tbody tr th[scope="row"]').allTextContents();
    expect(names).toEqual([JIAOYU, NANHE]);
    await page.getByTestId(`unit-${unit(0).id}`).getByRole("link", { name: /审核/ }).click();
    const queue = page.getByRole("navigation", { name: "审核队列" });
    const i = names.indexOf(JIAOYU);
    await expect(queue).toContainText(`第 ${i + 1} / ${names.length} 份`);
    await expect(queue.getByRole("link", { name: /下一份/ })).toContainText(names[i + 1]);
    await expect(queue.getByText("]", { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.locator("main h1").first().click();
    await page.keyboard.press("BracketRight");
    await expect(page.locator("main h1").first()).toHaveText(`${names[i + 1]}${YEAR}年政府信息公开工作年度报告`);
    await expect(page).toHaveURL(/status=submitted/);
    await page.keyboard.press("BracketLeft");
    await expect(page.locator("main h1").first()).toHaveText(`${JIAOYU}${YEAR}年政府信息公开工作年度报告`);
    await queue.getByRole("link", { name: "← 返回审核列表" }).click();
    await expect(page).toHaveURL(new RegExp(`/review\\?year=${YEAR}&status=submitted$`));
  });

  test("a return reason heads the clerk's banner and list row; the resubmission's changes show at the characters and the cell", async ({ page }) => {
    test.setTimeout(180_000);
    const reason = "第五部分的整改措施写得太笼统，请写明时间。";
    await loginAs(page, county.supervisor);
    await page.goto(`/review/${nanhe}`);
    await page.getByRole("textbox", { name: /审核意见/ }).fill(reason);
    await page.getByRole("button", { name: "退回修改" }).click();
    await expect(page.getByRole("list", { name: "流转记录" })).toContainText("待审核 → 已退回");

    await loginAs(page, unit(1).clerk);
    await page.goto("/reports");
    await expect(page.locator(`tr[data-year="${YEAR}"]`).getByTestId("return-reason")).toHaveText(`退回原因：${reason}`);
    await page.locator(`tr[data-year="${YEAR}"]`).getByRole("link", { name: /继续填写/ }).click();
    const banner = page.getByTestId("return-reason");
    await expect(banner).toContainText("报告已退回修改");
    await expect(banner).toContainText(`退回原因：${reason}`);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "clerk-returned-banner.png") });

    // The clerk adds a few words to one paragraph and changes one number, then resubmits.
    await openStep(page, "problems");
    const box = page.getByRole("textbox", { name: /五、存在的主要问题及改进情况/ });
    const before = await box.inputValue();
    await box.fill(`${before}2024年6月底前完成整改。`);
    await openStep(page, "proactive");
    await cell(page, "2021", LICENSING).fill("7");
    await waitSaved(page);
    await submitForReview(page);

    await loginAs(page, county.supervisor);
    await page.goto(`/review/${nanhe}`);
    // Two real edits, not the computed totals as well.
    await expect(page.getByText(/共 2 处修改/)).toBeVisible();
    const diff = page.locator('[data-change="text.problems"] [data-testid="text-diff"]');
    await expect(diff.locator("ins")).toHaveText("2024年6月底前完成整改。");
    await expect(diff.locator("del")).toHaveCount(0);
    // The changed cell is framed in the document itself.
    const changed = page.locator(`[data-review-document] td[data-cell="proactive/licensing/decisions"]`);
    await expect(changed).toHaveCSS("box-shadow", /inset/);
    await expect(page.locator(`[data-review-document] td[data-cell="proactive/punishment/decisions"]`)).toHaveCSS("box-shadow", "none");
    await expect(page.getByText(/蓝框：与上次提交相比改过的格子（1 处）/)).toBeVisible();
  });

  test("审核通过 with an open comment asks first and lists it; 批注 on a table; the decision panel stays in view; a wide URL field", async ({ page }) => {
    await loginAs(page, county.supervisor);
    await page.goto(`/review/${jiaoyu}?year=${YEAR}&status=submitted`);
    // A section-level remark on table 二.
    await page.getByRole("button", { name: "批注：二、主动公开政府信息情况" }).click();
    const composer = page.getByRole("dialog", { name: "添加批注" });
    await expect(composer).toContainText("二、主动公开政府信息情况");
    await composer.getByLabel("批注内容").fill("表二的规范性文件件数请与司法局备案数核对。");
    await composer.getByRole("button", { name: "保存批注" }).click();
    await expect(page.getByRole("region", { name: "二、主动公开政府信息情况" }).getByRole("list", { name: "批注" })).toContainText("请与司法局备案数核对");
    if (SHOTS) await shot(page, "review-submitted");

    // Scrolled to the foot of a long report, the decisions are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const panel = page.getByRole("region", { name: "审核决定" });
    const b = await panel.boundingBox();
    expect(b && b.y >= 0 && b.y + 40 < 800).toBe(true);

    await panel.getByRole("button", { name: "审核通过" }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("尚有 1 条批注未解决，仍要审核通过吗？");
    await expect(confirm.getByRole("list", { name: "未解决的批注" })).toContainText("二、主动公开政府信息情况：表二的规范性文件件数请与司法局备案数核对。");
    await confirm.getByRole("button", { name: "返回处理批注" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.locator("main").getByText("待审核").first()).toBeVisible();
    await panel.getByRole("button", { name: "审核通过" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "确认审核通过" }).click();
    await expect(page.getByRole("list", { name: "流转记录" })).toContainText("待审核 → 已通过");
    await expect(page.getByRole("list", { name: "流转记录" })).toContainText("审核通过时尚有 1 条批注未解决");
    // Decided, it keeps its place in the 待审核 queue: 下一份 leads on to the next one waiting.
    await expect(page.getByRole("navigation", { name: "审核队列" }).getByRole("link", { name: /下一份/ })).toBeVisible();

    const url = await page.getByLabel("发布网址").boundingBox();
    expect(url!.width).toBeGreaterThan(250);
    await expectAccessible(page);
  });

  test("the publish date is refused in the future and inside the year; the record is corrected in the history; reopening tells the clerk why", async ({ page }) => {
    await loginAs(page, county.supervisor);
    await page.goto(`/review/${jiaoyu}`);
    const panel = page.getByRole("region", { name: "审核决定" });
    const address = "https://www.example.gov.cn/jyj/ndbg/2023.html";
    await panel.getByLabel("发布日期").fill("2030-01-01");
    await panel.getByLabel("发布网址").fill(address);
    await panel.getByRole("button", { name: "标记已发布" }).click();
    await expect(panel.getByRole("alert")).toHaveText("发布日期 2030年1月1日 晚于今天，请填写实际发布的日期");
    await panel.getByLabel("发布日期").fill("2023-06-01");
    await panel.getByRole("button", { name: "标记已发布" }).click();
    await expect(panel.getByRole("alert")).toHaveText("发布日期 2023年6月1日 早于统计年度结束，2023年度报告只能在 2024年1月1日以后发布");
    await panel.getByLabel("发布日期").fill("2024-01-20");
    await panel.getByRole("button", { name: "标记已发布" }).click();
    await expect(panel.getByRole("alert")).toContainText("早于审核通过的日期");
    await panel.getByLabel("发布日期").fill(beijingToday());
    await panel.getByRole("button", { name: "标记已发布" }).click();
    const history = page.getByRole("list", { name: "流转记录" });
    await expect(history).toContainText("已通过 → 已发布");

    // A typo in the address is corrected; the history keeps both.
    await panel.getByText("更正发布信息").click();
    await expect(panel.getByLabel("发布网址")).toHaveValue(address);
    await panel.getByLabel("发布网址").fill("https://www.example.gov.cn/jyj/ndbg/2023a.html");
    await panel.getByRole("button", { name: "保存更正" }).click();
    await expect(history).toContainText("更正发布信息");
    await expect(history).toContainText(`发布网址 ${address} → https://www.example.gov.cn/jyj/ndbg/2023a.html`);
    await expect(page.getByText("https://www.example.gov.cn/jyj/ndbg/2023a.html").first()).toBeVisible();
    if (SHOTS) await shot(page, "review-published");

    // Reopened with a reason: the clerk sees why and may edit again.
    await panel.getByText("重新打开（退回填报人修改）").click();
    await panel.getByRole("button", { name: "重新打开" }).click();
    await expect(panel.getByRole("alert")).toHaveText("重新打开时请写明原因，填报人会看到");
    const reason = "规范性文件现行有效件数与备案数不符，请更正后重新提交。";
    await panel.getByLabel(/重新打开的原因/).fill(reason);
    await panel.getByRole("button", { name: "重新打开" }).click();
    await expect(history).toContainText("重新打开：已发布 → 已退回");

    await loginAs(page, unit(0).clerk);
    await page.goto("/reports");
    await expect(page.locator(`tr[data-year="${YEAR}"]`).getByTestId("return-reason")).toHaveText(`退回原因：${reason}`);
    await page.goto(`/reports/${jiaoyu}`);
    await expect(page.getByTestId("return-reason")).toContainText("审核人已重新打开本报告");
    await expect(page.getByTestId("return-reason")).toContainText(`重新打开的原因：${reason}`);
    await expect(page.getByText(/只能查看，不能修改/)).toHaveCount(0);
  });

  test("以上年报告为基础 carries 现行有效件数 from last year", async ({ page }) => {
    await loginAs(page, unit(0).clerk);
    await newReport(page, YEAR + 1, { fromPrevious: true });
    await openStep(page, "proactive");
    await expect(cell(page, "2021", IN_FORCE)).toHaveValue("12");
    await expect(cell(page, "2021", { ...IN_FORCE, column: "issued" })).toHaveValue("0");
  });

  test("催报: one unit, then all not submitted; the clerk sees it; the date is on the dashboard; a list to copy and print", async ({ page, context }) => {
    const year = YEAR + 1;
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await loginAs(page, county.supervisor);
    await page.goto(`/review?year=${year}`);
    const row = page.getByTestId(`unit-${unit(1).id}`);
    await expect(row.getByTestId("reminded")).not.toContainText("已催报");
    await row.getByRole("button", { name: /^催报/ }).click();
    await expect(row.getByTestId("reminded")).toContainText(/已催报 \d{4}\/\d{1,2}\/\d{1,2}/);
    await expect(page.getByTestId(`unit-${unit(2).id}`).getByTestId("reminded")).not.toContainText("已催报");
    await page.getByRole("button", { name: /^催报全部未提交单位（\d+）$/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /已催报 \d+ 个单位/ })).toBeVisible();
    await expect(page.getByTestId(`unit-${unit(2).id}`).getByTestId("reminded")).toContainText("已催报");
    if (SHOTS) await shot(page, "dashboard");

    await page.getByRole("link", { name: /催报名单/ }).click();
    const list = page.getByRole("table", { name: "催报名单" });
    // 南河镇 has no 2024 report: its contact comes from last year's; 自然资源局 has neither, so its account is listed.
    const nanheRow = list.getByRole("row", { name: new RegExp(NANHE) });
    await expect(nanheRow).toContainText("未创建报告");
    await expect(nanheRow).toContainText(`${NANHE}办公室，0000-1234567`);
    await expect(list.getByRole("row", { name: new RegExp(unit(2).name) })).toContainText(`自然资源局填报人（账号 ${unit(2).clerk.username}）`);
    // 教育局's 2024 report (a copy of 2023's) gives its contact.
    await expect(list.getByRole("row", { name: new RegExp(JIAOYU) })).toContainText(`${JIAOYU}办公室，0000-1234567`);
    await page.getByRole("button", { name: "复制名单" }).click();
    await expect(page.getByText("已复制")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")[0]).toBe("单位\t状态\t联系人\t最近催报");
    expect(copied).toContain(`${unit(2).name}\t未创建报告\t自然资源局填报人（账号 ${unit(2).clerk.username}）\t`);
    await expect(page.getByRole("button", { name: "打印名单" })).toBeVisible();
    await expectAccessible(page);

    await loginAs(page, unit(1).clerk);
    await page.goto("/reports");
    await expect(page.getByRole("region", { name: "催报通知" })).toContainText(
      `${year}年度政府信息公开工作年度报告尚未提交（未创建报告），请于 ${year + 1}年1月31日前完成并提交审核。`,
    );
  });
});

test("the county summary of tables 二/三/四 with each unit beside the total, as .xlsx, for a chosen year and statuses", async ({ page }) => {
  await loginAs(page, "shenhe");
  await page.goto("/review?year=2022");
  await page.getByRole("link", { name: /汇总表/ }).click();
  await expect(page.locator("main h1")).toHaveText("2022 年度报告汇总（表二、表三、表四）");
  await expect(page.getByText("没有符合条件的报告")).toBeVisible();
  // 示例区自然资源局's 2022 report is awaiting review: counted once 待审核 is ticked.
  await page.getByLabel("待审核").check();
  await page.getByRole("button", { name: "汇总" }).click();
  await expect(page).toHaveURL(/status=submitted/);
  const t3 = page.getByTestId("summary-requests");
  await expect(t3.getByRole("columnheader", { name: "示例区自然资源局" })).toBeVisible();
  // The first row whose total is not zero: the total is the sum of the units beside it.
  const rows = t3.locator("tbody tr");
  const all = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  const at = all.findIndex((c) => Number(c[0]) > 0);
  expect(at).toBeGreaterThanOrEqual(0);
  const cells = all[at];
  expect(Number(cells[0])).toBe(cells.slice(1).reduce((a, v) => a + Number(v || 0), 0));
  const first = rows.nth(at);
  if (SHOTS) await shot(page, "summary");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载 Excel 汇总表/ }).click()]);
  expect(download.suggestedFilename()).toBe("2022年度政府信息公开工作年度报告汇总表.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]);
  const ws = wb.getWorksheet("三、收到和处理政府信息公开申请情况")!;
  const header = (ws.getRow(2).values as unknown[]).slice(1);
  expect(header.slice(0, 2)).toEqual(["项目", "合计"]);
  expect(header).toContain("示例区自然资源局");
  expect(header.length).toBe(2 + cells.length - 1);
  const rowName = (await first.locator("th").textContent())!;
  const xlsxRow = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === rowName)!;
  cells.forEach((v, i) => expect(String(xlsxRow.getCell(2 + i).value ?? "")).toBe(v));
  expect(ws.rowCount).toBe(2 + all.length);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await expectAccessible(page);
});
