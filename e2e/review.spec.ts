/**
 * The review round trip as new users would do it: 西山镇's clerk fills and
 * submits; the county's supervisor finds it on the dashboard, comments on a
 * cell and returns it; the clerk sees the comment at the cell, fixes it, answers
 * and resubmits; the supervisor sees what changed, approves and records the
 * publication; both download the .docx. The county is the spec's own (e2e/own-area.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { parseReport } from "../lib/report/schema";
import { expect, loginAs, test } from "./fixtures";
import { createArea, DEPARTMENT, storeReport, TOWNSHIP, type Area } from "./own-area";
import { cell, newReport, openStep, waitSaved } from "./wizard-helpers";

const YEAR = 2021;
const CELL = { table: "proactive", row: "licensing", column: "decisions" } as const;
const CELL_KEY = "proactive/licensing/decisions";
const REMARK = "行政许可处理决定数为 0，与政务服务平台数据不符，请核实。";

/** 西山镇 writes; 南河镇 and 东湖镇 have no report; 自然资源局 has a published 2021 report. */
test.use({ areaSpec: { units: [TOWNSHIP("西山镇"), TOWNSHIP("南河镇"), TOWNSHIP("东湖镇"), DEPARTMENT("自然资源局")] } });

/** A complete, consistent report (a real published 2021 town report), renamed to the unit and moved to `year`. */
function filledReport(unitName: string, year = YEAR) {
  const raw = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "tests", "fixtures", "guanting-town-2021.json"), "utf8"));
  raw.year = year;
  // The years move with the report (2020–2022 → year−1 … year+1), the organ's name with the unit.
  raw.text = JSON.parse(
    JSON.stringify(raw.text)
      .replace(/202[012]/g, (y) => String(Number(y) - 2021 + year))
      .replaceAll("原州区官厅镇", unitName.replace(/人民政府$/, "")),
  );
  raw.meta.signedOn = `${year + 1}-01-20`;
  const parsed = parseReport(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join("；"));
  const r = parsed.report;
  r.organ.name = unitName;
  r.meta.signedBy = unitName;
  return r;
}

async function downloadDocx(page: Page, link: ReturnType<Page["getByRole"]>, unitName: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(`${unitName}${YEAR}年政府信息公开工作年度报告.docx`);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
}

/** The department's published 2021 report, from the fixture of a county department. */
async function publishedDepartmentReport(area: Area) {
  const unit = area.units[3];
  const raw = fs.readFileSync(path.resolve(__dirname, "..", "tests", "fixtures", "demo-county-department-2021.json"), "utf8");
  const parsed = parseReport(JSON.parse(raw.replaceAll("示例区自然资源局", unit.name)));
  if (!parsed.ok) throw new Error(parsed.errors.join("；"));
  await storeReport(unit, parsed.report, { status: "published" });
}

test("submit, comment at a cell, return, fix, resubmit, see the change, approve, publish, download", async ({ page, area }) => {
  test.setTimeout(240_000);
  const [xishan, nanhe, donghu] = area.units;
  const other = await createArea([TOWNSHIP("桥头镇")]);
  await publishedDepartmentReport(area);

  // 1. The clerk of 西山镇 creates the report in the wizard; the body of the report comes from last year's
  //    published text through the autosave API (typing a whole report here would only slow the test),
  //    one paragraph is typed in the wizard.
  await loginAs(page, xishan.clerk);
  const id = await newReport(page, YEAR);
  const current = await (await page.request.get(`/api/reports/${id}`)).json();
  const put = await page.request.put(`/api/reports/${id}`, {
    data: { baseVersion: current.version, data: filledReport(xishan.name), acknowledgements: {} },
  });
  expect(put.status()).toBe(200);
  await page.reload();
  await openStep(page, "problems");
  await page.getByRole("textbox", { name: /五、存在的主要问题及改进情况/ }).fill("一是公开内容不够全面；二是解读形式单一。下一步将逐项整改。");
  await waitSaved(page);
  await openStep(page, "preview");
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("button", { name: "确定提交" }).click();
  await expect(page).toHaveURL(/\/reports\?submitted=1/);
  await expect(page.locator(`tr[data-year="${YEAR}"]`)).toContainText("待审核");

  // 2. The supervisor sees it on the dashboard, comments on the cell and returns it.
  await loginAs(page, area.supervisor);
  await page.goto(`/review?year=${YEAR}`);
  const row = page.getByTestId(`unit-${xishan.id}`);
  await expect(row.getByTestId("status")).toHaveText("待审核");
  await expect(page.getByTestId(`unit-${nanhe.id}`).getByTestId("status")).toHaveText("未创建");
  await expect(page.getByTestId(`unit-${other.units[0].id}`)).toHaveCount(0);
  // The one report handed in: the filter shows it alone.
  await page.getByRole("link", { name: /^待审核（1）$/ }).click();
  await expect(page).toHaveURL(/status=submitted/);
  await expect(page.getByTestId(`unit-${donghu.id}`)).toHaveCount(0);
  await row.getByRole("link", { name: /审核/ }).click();
  await expect(page.locator("main h1").first()).toHaveText(`${xishan.name}${YEAR}年政府信息公开工作年度报告`);
  await expect(page.getByText("首次提交，没有可比较的上一版本。")).toBeVisible();
  await page.locator(`[data-cell="${CELL_KEY}"] button`).click();
  const composer = page.getByRole("dialog", { name: "添加批注" });
  await expect(composer).toContainText("二、主动公开政府信息情况");
  await composer.getByLabel("批注内容").fill(REMARK);
  await composer.getByRole("button", { name: "保存批注" }).click();
  const threads = page.getByRole("list", { name: "审核批注" });
  await expect(threads).toContainText(REMARK);
  await page.screenshot({ path: test.info().outputPath("review-commented.png"), fullPage: true });
  await page.getByRole("textbox", { name: /审核意见/ }).fill("请按批注核实后重新提交。");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByRole("list", { name: "流转记录" })).toContainText("待审核 → 已退回");
  await expect(page.getByRole("list", { name: "流转记录" })).toContainText("请按批注核实后重新提交。");

  // 3. The clerk sees the comment at the cell, fixes the number, answers, and resubmits.
  await loginAs(page, xishan.clerk);
  await page.goto("/reports");
  await expect(page.locator(`tr[data-year="${YEAR}"]`)).toContainText("已退回");
  await page.goto(`/reports/${id}`);
  await openStep(page, "proactive");
  const input = cell(page, "2021", CELL);
  await input.focus();
  await expect(page.getByText(`批注：${area.supervisor.name}：${REMARK}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("clerk-returned.png"), fullPage: true });
  await input.fill("7");
  await waitSaved(page);
  const clerkThreads = page.getByRole("list", { name: "审核批注" });
  await clerkThreads.getByLabel(/回复/).fill("已按平台数据改为 7 件。");
  await clerkThreads.getByRole("button", { name: "回复" }).click();
  await expect(clerkThreads).toContainText("西山镇填报人：已按平台数据改为 7 件。");
  await clerkThreads.getByRole("button", { name: "标记已解决" }).click();
  await expect(clerkThreads).toContainText("已解决");
  await openStep(page, "preview");
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("button", { name: "确定提交" }).click();
  await expect(page).toHaveURL(/\/reports\?submitted=1/);

  // 4. The supervisor sees exactly what changed, approves, records the publication, downloads.
  await loginAs(page, area.supervisor);
  await page.goto(`/review/${id}`);
  const changes = page.getByRole("list", { name: "修改内容" });
  await expect(changes.locator(`[data-change="${CELL_KEY}"]`)).toContainText("0 → 7");
  await expect(changes.locator("li")).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("review-resubmitted.png"), fullPage: true });
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("list", { name: "流转记录" })).toContainText("待审核 → 已通过");
  await page.getByRole("button", { name: "标记已发布" }).click();
  await expect(page.getByText("请填写发布日期（年-月-日）")).toBeVisible();
  // Approved just now: the publication cannot be dated earlier (nor later than today).
  await page.getByLabel("发布日期").fill(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  await page.getByLabel("发布网址").fill("https://www.example.gov.cn/xxgk/ndbg/2021.html");
  await page.getByRole("button", { name: "标记已发布" }).click();
  await expect(page.getByRole("list", { name: "流转记录" })).toContainText("已通过 → 已发布");
  await expect(page.getByText("https://www.example.gov.cn/xxgk/ndbg/2021.html").first()).toBeVisible();
  await downloadDocx(page, page.getByRole("link", { name: /下载 Word 文档/ }), xishan.name);
  await page.goto(`/review?year=${YEAR}`);
  await expect(page.getByTestId(`unit-${xishan.id}`).getByTestId("status")).toHaveText("已发布");
  await expect(page.getByRole("heading", { name: /全区合计/ })).toBeVisible();
  // 西山镇's and 自然资源局's published 2021 reports.
  await expect(page.getByText("共 2 份报告，逐格相加。")).toBeVisible();

  // 5. The clerk downloads it too, and can no longer edit it.
  await loginAs(page, xishan.clerk);
  await page.goto(`/reports/${id}?step=preview`);
  await expect(page.getByText(/只能查看，不能修改/)).toBeVisible();
  await downloadDocx(page, page.getByRole("link", { name: /下载 Word 文档/ }).first(), xishan.name);
  const locked = await page.request.put(`/api/reports/${id}`, { data: { baseVersion: 99, data: filledReport(xishan.name), acknowledgements: {} } });
  expect(locked.status()).not.toBe(200);
});

test("a forged approve by the clerk is refused and changes nothing", async ({ page, playwright, baseURL, area }) => {
  // The supervisor's real 审核通过 request is captured (and held back) to be replayed with the clerk's session.
  const [xishan] = area.units;
  const id = await newReport(page, 2022);
  const current = await (await page.request.get(`/api/reports/${id}`)).json();
  const report = filledReport(xishan.name, 2022);
  await page.request.put(`/api/reports/${id}`, { data: { baseVersion: current.version, data: report, acknowledgements: {} } });
  await page.reload();
  await openStep(page, "preview");
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("button", { name: "确定提交" }).click();
  await expect(page).toHaveURL(/\/reports\?submitted=1/);

  await loginAs(page, area.supervisor);
  await page.goto(`/review/${id}`);
  let captured: { url: string; headers: Record<string, string>; body: string } | null = null;
  await page.route(`**/review/${id}`, async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = { url: req.url(), headers: req.headers(), body: req.postData() ?? "" };
      await route.abort();
    } else await route.fallback();
  });
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(`**/review/${id}`);

  await loginAs(page, xishan.clerk);
  const clerk = await playwright.request.newContext({ baseURL, storageState: { cookies: await page.context().cookies(), origins: [] } });
  const c = captured!;
  const res = await clerk.post(c.url, {
    headers: { "next-action": c.headers["next-action"], "content-type": c.headers["content-type"], accept: "text/x-component", origin: new URL(c.url).origin },
    data: c.body,
  });
  expect(await res.text()).toContain("只有审核人可以审核通过");
  await clerk.dispose();
  await page.goto("/reports");
  await expect(page.locator(`tr[data-year="2022"]`)).toContainText("待审核");
});
