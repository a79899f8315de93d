/**
 * The grid and the drafts never store a number the clerk did not see: a click selects a cell and typing
 * replaces it; a refused entry is never stored, not even its valid prefix; Tab/Enter pass over totals;
 * F5 right after typing and a server killed between commit and answer lose nothing and raise no false
 * conflict; two tabs are merged field by field; submit asks first; the preview prints alone.
 * As the clerk of a township, and of a county department where the report is one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";
import { createArea, DEPARTMENT } from "./own-area";
import { newReport, openStep, saveState, waitSaved } from "./wizard-helpers";
import { getTemplate, type CellRef } from "../lib/template";
import { cellKey } from "../lib/report/cells";

const SHOTS = "/tmp/grid9";
fs.mkdirSync(SHOTS, { recursive: true });
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const t = getTemplate("2021");
const OTHER = `${t.sections[5].heading} 正文`;

const at = (page: Page, ref: CellRef) => page.locator(`input[data-cell="${cellKey(ref)}"]`);
const req = (row: string, column: number): CellRef => ({ table: "requests", row, column });
const app = (row: string, column: number): CellRef => ({ table: "appeals", row, column });

async function stored(page: Page, id: string) {
  const r = await page.request.get(`/api/reports/${id}`);
  return (await r.json()) as { version: number; report: { tables: { requests: Record<string, number[]>; appeals: Record<string, number[]> }; text: { other: string } } };
}

/** A county department's clerk, signed in. */
async function asDepartment(page: Page) {
  const [health] = (await createArea([DEPARTMENT("卫生健康局")])).units;
  await loginAs(page, health.clerk);
  return health;
}

async function freshReport(page: Page, year: number, step: string): Promise<string> {
  const id = await newReport(page, year);
  await openStep(page, step);
  return id;
}

test("a click selects the cell and typing replaces its value; double-click or F2 edits inside", async ({ page }) => {
  await freshReport(page, 2021, "appeals");
  const kept = at(page, app("reconsideration", 0));
  await kept.click();
  await page.keyboard.type("12");
  await page.keyboard.press("Tab");
  await expect(kept).toHaveValue("12");

  // Clicking into "12" and typing 15 gives 15, not 1152.
  await kept.click();
  await page.keyboard.type("15");
  await expect(kept).toHaveValue("15");
  // Clicking a "0" and typing 3 gives 3, not 30.
  const corrected = at(page, app("reconsideration", 1));
  await expect(corrected).toHaveValue("0");
  await corrected.click();
  await page.keyboard.type("3");
  await expect(corrected).toHaveValue("3");
  await expect(at(page, app("reconsideration", 4))).toHaveValue("18");

  // Double-click edits inside the value (caret at its end), F2 too.
  await kept.dblclick();
  await page.keyboard.type("0");
  await expect(kept).toHaveValue("150");
  await corrected.click();
  await page.keyboard.press("F2");
  await page.keyboard.type("1");
  await expect(corrected).toHaveValue("31");
  await waitSaved(page);
  await page.reload();
  await expect(at(page, app("reconsideration", 4))).toHaveValue("181");
});

test("a refused entry is never stored, not even in part, and stays marked unsaved until corrected", async ({ page }) => {
  const id = await freshReport(page, 2022, "requests");
  const natural = at(page, req("newRequests", 0));
  const biz = at(page, req("newRequests", 1));
  const big = at(page, req("newRequests", 2));
  const total = at(page, req("newRequests", 6));
  await natural.click();
  await page.keyboard.type("12");
  await page.keyboard.press("Tab");
  await waitSaved(page);

  // 2.5: the "2" was accepted while typed, the ".5" is refused — the cell goes back to 12, not 2.
  await natural.click();
  await page.keyboard.type("2.5");
  await expect(natural).toHaveValue("2.5");
  const td = page.locator("td", { has: natural });
  await expect(td.getByRole("alert")).toContainText("未保存：本格只能填整数");
  await expect(total).toHaveValue("12");
  await expect(page.getByText("1 格未保存：本格只能填整数")).toBeVisible();

  await biz.click();
  await page.keyboard.type("5件");
  await big.click();
  await page.keyboard.type("99999999999999999999");
  await expect(page.getByText(/^3 格未保存：/)).toBeVisible();
  await expect(total).toHaveValue("12");
  await expect(saveState(page)).toHaveText(/^其余已保存 \d\d:\d\d:\d\d$/, { timeout: 15_000 });
  const s = await stored(page, id);
  expect(s.report.tables.requests.newRequests.slice(0, 3)).toEqual([12, 0, 0]);
  expect(s.report.tables.requests.newRequests[6]).toBe(12);

  for (const w of [1366, 1024]) {
    await page.setViewportSize({ width: w, height: 768 });
    await natural.focus();
    await page.screenshot({ path: `${SHOTS}/refused-cell-${w}.png` });
  }

  // Leaving the step keeps them unsaved: submit is held back and the .docx is marked.
  await openStep(page, "preview");
  await expect(page.getByText("表格中有 3 格未保存（输入的内容无效）")).toBeVisible();
  await expect(page.locator("[data-docx-unsaved]")).toContainText("3 格未保存");
  await expect(page.getByRole("button", { name: "提交审核" })).toBeDisabled();
  await openStep(page, "requests");
  await expect(natural).toHaveValue("2.5");
  await expect(natural).toHaveAttribute("aria-invalid", "true");

  // Esc puts back the stored value; a corrected entry is stored.
  await natural.focus();
  await page.keyboard.press("Escape");
  await expect(natural).toHaveValue("12");
  await biz.click();
  await page.keyboard.type("5");
  await big.click();
  await page.keyboard.type("7");
  await expect(page.locator("[data-unsaved-cells]")).toHaveCount(0);
  await expect(total).toHaveValue("24");
  await waitSaved(page);
  expect((await stored(page, id)).report.tables.requests.newRequests.slice(0, 3)).toEqual([12, 5, 7]);
});

test("Tab and Enter pass over the grey totals", async ({ page }) => {
  await freshReport(page, 2023, "requests");
  await at(page, req("newRequests", 5)).click();
  await page.keyboard.press("Tab");
  await expect(at(page, req("carriedOver", 0))).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(at(page, req("newRequests", 5))).toBeFocused();
  await at(page, req("otherHandling.other", 0)).click();
  await page.keyboard.press("Enter");
  await expect(at(page, req("carriedForward", 0))).toBeFocused();
  await openStep(page, "appeals");
  await at(page, app("reconsideration", 3)).click();
  await page.keyboard.press("Enter");
  await expect(at(page, app("litigationDirect", 0))).toBeFocused();
  // The arrows still reach a total, to read it.
  await page.keyboard.press("ArrowLeft");
  await expect(at(page, app("reconsideration", 4))).toBeFocused();
});

test("F5 within a second of typing: the reloaded page shows the newest edit and no conflict follows", async ({ page }) => {
  const id = await freshReport(page, 2024, "requests");
  // The browser asks "reload this site?" while an edit is unsaved; the clerk says yes.
  page.on("dialog", (d) => void d.accept());
  for (let i = 0; i < 4; i++) {
    const c = at(page, req("granted", i));
    await c.click();
    await page.keyboard.type(String(i + 5));
    // Inside the autosave delay.
    await page.reload();
    await expect(at(page, req("granted", i))).toHaveValue(String(i + 5));
    await at(page, req("partlyGranted", i)).click();
    await page.keyboard.type(String(i + 1));
    await waitSaved(page);
    await expect(page.getByRole("alertdialog", { name: "保存冲突" })).toHaveCount(0);
  }
  await page.reload();
  const s = await stored(page, id);
  expect(s.report.tables.requests.granted.slice(0, 4)).toEqual([5, 6, 7, 8]);
  expect(s.report.tables.requests.partlyGranted.slice(0, 4)).toEqual([1, 2, 3, 4]);
  await expect(at(page, req("partlyGranted", 3))).toHaveValue("4");
});

/** A second `next start` on the Playwright server's database and build (scripts/e2e-server.mjs). */
function startServer(port: number): ChildProcess {
  return spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: `file:./data/e2e-${E2E_PORT}.db`, NEXT_DIST_DIR: `.next-e2e-${E2E_PORT}`, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: "ignore",
  });
}
async function waitUp(url: string) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start`);
}
async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGKILL");
  await exited;
}

test("a server killed between commit and answer: the retried save is no conflict, later edits merge in", async ({ page }) => {
  test.setTimeout(240_000);
  const id = await freshReport(page, 2025, "requests");
  const port = E2E_PORT + 1;
  const origin = `http://localhost:${port}`;
  let server = startServer(port);
  try {
    await waitUp(origin);
    await page.goto(`${origin}/reports/${id}?step=requests`);
    let killed = false;
    await page.route("**/api/reports/*", async (route) => {
      if (route.request().method() !== "PUT" || killed) return route.fallback();
      killed = true;
      // The save reaches the server and is committed; the server dies before its answer reaches the page.
      await route.fetch();
      await stopServer(server);
      await route.abort("connectionreset");
    });
    await at(page, req("granted", 0)).click();
    await page.keyboard.type("9");
    await expect(saveState(page)).toContainText("保存失败，正在重试", { timeout: 15_000 });
    // Typed while the server is down.
    await at(page, req("granted", 1)).click();
    await page.keyboard.type("4");
    server = startServer(port);
    await waitUp(origin);
    await expect(saveState(page)).toHaveText(/^已保存 \d\d:\d\d:\d\d$/, { timeout: 60_000 });
    await expect(page.getByRole("alertdialog", { name: "保存冲突" })).toHaveCount(0);
    const s = await stored(page, id);
    expect(s.report.tables.requests.granted.slice(0, 2)).toEqual([9, 4]);
  } finally {
    await stopServer(server);
  }
});

test("two tabs: different fields merge, the same field changed differently is chosen side by side", async ({ page, context }) => {
  test.setTimeout(120_000);
  const id = await freshReport(page, 2026, "appeals");
  const url = page.url().replace(/\?.*$/, "");
  const other = await context.newPage();
  await other.goto(`${url}?step=other`);
  await expect(other.getByLabel(OTHER)).toBeVisible();

  // A changes a table 四 cell; B, still on the old version, changes section 六.
  await at(page, app("reconsideration", 0)).click();
  await page.keyboard.type("15");
  await waitSaved(page);
  await other.getByLabel(OTHER).fill("本年度无其他需要报告的事项。");
  await waitSaved(other);
  await expect(other.getByRole("alertdialog", { name: "保存冲突" })).toHaveCount(0);
  let s = await stored(page, id);
  expect(s.report.tables.appeals.reconsideration[0]).toBe(15);
  expect(s.report.text.other).toBe("本年度无其他需要报告的事项。");

  // Both change the same cell: B sees mine and theirs side by side and picks per item.
  await at(page, app("reconsideration", 1)).click();
  await page.keyboard.type("2");
  await waitSaved(page);
  await openStep(other, "appeals");
  await at(other, app("reconsideration", 1)).click();
  await other.keyboard.type("7");
  await at(other, app("reconsideration", 2)).click();
  await other.keyboard.type("1");
  const dialog = other.getByRole("alertdialog", { name: "保存冲突" });
  await expect(dialog).toBeVisible();
  const row = dialog.locator("tr[data-conflict]");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("表四");
  await expect(row).toContainText("7");
  await expect(row).toContainText("2");
  for (const w of [1366, 1024]) {
    await other.setViewportSize({ width: w, height: 768 });
    await other.screenshot({ path: `${SHOTS}/merge-dialog-${w}.png` });
  }
  await expect(dialog.getByRole("button", { name: "按所选合并并保存" })).toBeDisabled();
  await row.getByRole("radio", { name: /用已保存的/ }).check();
  await dialog.getByRole("button", { name: "按所选合并并保存" }).click();
  await expect(dialog).toHaveCount(0);
  await waitSaved(other);
  await expect(at(other, app("reconsideration", 1))).toHaveValue("2");
  s = await stored(page, id);
  expect(s.report.tables.appeals.reconsideration.slice(0, 3)).toEqual([15, 2, 1]);
  expect(s.report.text.other).toBe("本年度无其他需要报告的事项。");
  await other.close();
});

test("submit asks first (no editing while under review); 打印报告 prints the document alone", async ({ page }) => {
  const health = await asDepartment(page);
  await page.goto("/reports");
  // Another department's complete report, its texts renamed to this one (else W7.organ asks about them).
  const fixture = fs.readFileSync(path.join("tests", "fixtures", "demo-county-department-2021.json"), "utf8");
  const source = JSON.parse(fixture.replaceAll("示例区自然资源局", health.name));
  await page.getByLabel("报告文件（.json）").setInputFiles({ name: "2021.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(source)) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.waitForURL(/\/reports\/[^/?]+(\?.*)?$/);
  await openStep(page, "preview");

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole("button", { name: "打印报告" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-print-document]")).toBeVisible();
  await expect(page.locator("[data-print-document]")).toContainText("本年度未收取信息处理费");
  await expect(page.locator('nav[aria-label="填报步骤"]')).toBeHidden();
  await expect(page.getByRole("button", { name: "提交审核" })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: false });
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: "提交审核" }).click();
  const confirm = page.getByRole("alertdialog", { name: "确定提交审核？" });
  await expect(confirm).toContainText("审核期间本单位不能再修改");
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(confirm).toHaveCount(0);
  expect(page.url()).not.toContain("submitted");
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("button", { name: "确定提交" }).click();
  await page.waitForURL(/\/reports\?submitted=1/);
});

test("a confirmed warning asks again when its numbers change", async ({ page }) => {
  await freshReport(page, 2027, "overview");
  const onRequest = t.overviewParts.find((p) => p.key === "onRequest")!.heading;
  await page.getByLabel(onRequest).fill("本年度因政府信息公开引起行政复议2件。");
  await openStep(page, "appeals");
  await at(page, app("reconsideration", 0)).click();
  await page.keyboard.type("15");
  const panel = page.getByRole("region", { name: "检查结果" });
  const warning = panel.locator("li").filter({ hasText: "行政复议" }).filter({ hasText: "为 15" });
  await expect(warning).toHaveCount(1);
  await warning.getByRole("button", { name: "确认无误…" }).click();
  await panel.getByLabel("确认理由（审核人会看到）").fill("文中为新收件数，表中含上年结转。");
  await panel.getByRole("button", { name: "确认", exact: true }).click();
  await expect(warning).toContainText("已确认");

  await at(page, app("reconsideration", 0)).click();
  await page.keyboard.type("40");
  const changed = panel.locator("li").filter({ hasText: "行政复议" }).filter({ hasText: "为 40" });
  await expect(changed).toHaveCount(1);
  await expect(changed).not.toContainText("已确认");
  await expect(changed.getByRole("button", { name: "确认无误…" })).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole("region", { name: "检查结果" }).locator("li").filter({ hasText: "为 40" })).not.toContainText("已确认");
});

test("a block pasted from a 2019 sheet with its labels is placed by label; Ctrl+Z undoes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await asDepartment(page);
  await newReport(page, 2027);
  await openStep(page, "requests");
  const block = [
    ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
    ["（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "1", "0", "0", "0", "0", "0", "1"],
    ["（六）其他处理", "2", "—", "/", "无", "0", "0", "2"],
    ["（七）总计", "3", "0", "0", "0", "0", "0", "3"],
    ["四、结转下年度继续办理", "4", "0", "0", "0", "0", "0", "4"],
  ]
    .map((r) => r.join("\t"))
    .join("\r\n");
  await at(page, req("newRequests", 0)).click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await page.keyboard.press("Control+V");
  const status = page.getByRole("status").filter({ hasText: "已粘贴" });
  await expect(status).toContainText("按行名对应");
  await expect(status).toContainText("“（六）其他处理”填入“（六）其他处理 3.其他”");
  await expect(status).toContainText("3 个“—”“/”“无”按 0 填入");
  await expect(at(page, req("notProcessed.confirmation", 0))).toHaveValue("1");
  await expect(at(page, req("otherHandling.other", 0))).toHaveValue("2");
  await expect(at(page, req("otherHandling.feeUnpaid", 0))).toHaveValue("0");
  await expect(at(page, req("carriedForward", 0))).toHaveValue("4");
  await expect(at(page, req("totalHandled", 0))).toHaveValue("3");

  // A row no label places: nothing is written, and the message names it.
  await page.evaluate(() => navigator.clipboard.writeText("一、本年新收政府信息公开申请数量\t9\r\n信访件合计\t5\r\n"));
  await page.keyboard.press("Control+V");
  await expect(page.getByRole("alert").filter({ hasText: "对应不到本表的行" })).toContainText("“信访件合计”");
  await expect(at(page, req("newRequests", 0))).toHaveValue("0");

  // Ctrl+Z undoes the paste, then a typed edit.
  await at(page, req("granted", 0)).click();
  await page.keyboard.type("6");
  await page.keyboard.press("Control+Z");
  await expect(at(page, req("granted", 0))).toHaveValue("0");
  await page.keyboard.press("Control+Z");
  await expect(page.getByRole("status").filter({ hasText: "已撤销上一次粘贴" })).toBeVisible();
  await expect(at(page, req("otherHandling.other", 0))).toHaveValue("0");
  await expect(at(page, req("carriedForward", 0))).toHaveValue("0");
});

test("the step list tells the truth after a reload and names what is missing", async ({ page }) => {
  await freshReport(page, 2020, "appeals");
  // Table 四 looked at and left all zeros (a unit without any appeal): 已填, also after a reload.
  await expect(page.locator('[data-step="appeals"] [data-state]')).toHaveText("已填");
  await openStep(page, "requests");
  await page.reload();
  await expect(page.locator('[data-step="appeals"] [data-state]')).toHaveText("已填");
  await expect(page.locator('[data-step="basics"] [data-missing]')).toContainText("缺：");
  await expect(page.locator('[data-step="basics"] [data-missing]')).toContainText("联系电话");
  await expect(page.locator('[data-step="proactive"] [data-missing]')).toContainText("尚未核对（全为 0）");
});

test("at 1024×768 the findings stay in sight while typing in the grid", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await freshReport(page, 2019, "requests");
  const c = at(page, req("carriedForward", 0));
  await c.click();
  await page.keyboard.type("3");
  await expect(c).toBeInViewport();
  const panel = page.getByRole("region", { name: "检查结果" });
  await expect(panel.getByTestId("findings-counts")).toContainText("处错误");
  await expect(panel.getByTestId("findings-counts")).toBeInViewport();
  await expect(panel.locator("li").filter({ hasText: "四、结转下年度继续办理" }).first()).toBeInViewport();
  // At the top of table 三, far above where the panel would sit in the page, it is still in sight.
  const top = at(page, req("newRequests", 1));
  await top.click();
  await page.keyboard.type("2");
  await expect(top).toBeInViewport();
  await expect(panel.getByTestId("findings-counts")).toBeInViewport();
  await expect(panel.locator("li").filter({ hasText: "表三" }).first()).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/layout-1024.png` });
  await page.getByRole("button", { name: /收起检查结果列表/ }).click();
  await expect(panel.getByTestId("findings-counts")).toBeInViewport();
});
