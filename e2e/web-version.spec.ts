/**
 * 下载网页版 and 复制网页版 on the demo unit's reports (read-only): the page
 * downloaded opens in Chromium with the title, sections and the three tables with
 * the template's merges, prints with repeated table headers; the copy pasted with
 * Ctrl+V into an editor (a contenteditable, as the portal's is) keeps the headings
 * and the merged cells.
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";
import { openStep } from "./wizard-helpers";

const UNIT = "示例区自然资源局";
const SHOTS = "/tmp/docx14";

/** What a browser makes of the tables: their count, and the spans of a few template cells. */
async function tableFacts(page: Page) {
  return page.evaluate(() => {
    const th = (text: string) => [...document.querySelectorAll("th")].find((c) => c.textContent?.trim() === text);
    const span = (text: string) => {
      const c = th(text) as HTMLTableCellElement | undefined;
      return c ? [c.rowSpan, c.colSpan] : null;
    };
    return {
      h1: document.querySelector("h1")?.textContent,
      h2: [...document.querySelectorAll("h2")].map((h) => h.textContent),
      tables: document.querySelectorAll("table").length,
      requestsRows: document.querySelectorAll("table")[1]?.rows.length,
      applicants: span("申请人情况"),
      results: span("三、本年度办理结果"),
      refused: span("（三）不予公开"),
      reconsideration: span("行政复议"),
      litigation: span("行政诉讼"),
      styledClasses: document.querySelectorAll("article [class], [data-editor] [class]").length,
    };
  });
}

const EXPECTED_SPANS = {
  applicants: [1, 7],
  results: [22, 1],
  refused: [8, 1],
  reconsideration: [1, 5],
  litigation: [1, 10],
};

test("the clerk downloads the web version of the published report and it reads and prints as the template", async ({ page }) => {
  await loginAs(page, "ziyuan");
  await page.goto("/reports");
  await page.locator('tr[data-year="2021"]').getByRole("link", { name: "查看" }).click();
  await openStep(page, "preview");
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/preview-web-buttons-${width}.png` });
  }
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载网页版/ }).click()]);
  // Published: the final name, no 征求意见稿.
  expect(download.suggestedFilename()).toBe(`${UNIT}2021年政府信息公开工作年度报告.html`);
  const html = fs.readFileSync(await download.path(), "utf8");
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain("@media print");

  const view = await page.context().newPage();
  await view.setContent(html);
  const facts = await tableFacts(view);
  expect(facts.h1).toBe(`${UNIT}2021年政府信息公开工作年度报告`);
  expect(facts.h2).toHaveLength(6);
  expect(facts.tables).toBe(3);
  expect(facts.requestsRows).toBe(3 + 25);
  expect(facts).toMatchObject(EXPECTED_SPANS);
  expect(facts.styledClasses).toBe(0);
  for (const width of [1366, 1024]) {
    await view.setViewportSize({ width, height: 900 });
    await view.screenshot({ path: `${SHOTS}/web-version-${width}.png`, fullPage: true });
  }
  await view.emulateMedia({ media: "print" });
  expect(await view.evaluate(() => getComputedStyle(document.querySelector("thead")!).display)).toBe("table-header-group");
  // 三号 on paper: 16 pt
  expect(parseFloat(await view.evaluate(() => getComputedStyle(document.querySelector("article")!).fontSize))).toBeCloseTo((16 * 4) / 3, 1);
  const pdf = await view.pdf({ format: "A4" });
  fs.writeFileSync(`${SHOTS}/web-version-print.pdf`, pdf);
  await view.close();
});

test("the supervisor copies the web version and pastes it into an editor: headings and merged cells survive", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await loginAs(page, "shenhe");
  await page.goto("/review?year=2022");
  await page.getByTestId("unit-org-natural-resources").getByRole("link", { name: /审核/ }).click();
  await expect(page.locator("main h1").first()).toHaveText(`${UNIT}2022年政府信息公开工作年度报告`);

  // Awaiting review: not final, so the file says 征求意见稿.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载网页版/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${UNIT}2022年政府信息公开工作年度报告（征求意见稿）.html`);
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /下载 Word 文档/ }).click()]);
  expect(docx.suggestedFilename()).toBe(`${UNIT}2022年政府信息公开工作年度报告（征求意见稿）.docx`);

  await page.getByRole("button", { name: /复制网页版/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制网页版" })).toBeVisible();
  const plain = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return { types: items[0].types, text: await (await items[0].getType("text/plain")).text() };
  });
  expect(plain.types).toEqual(expect.arrayContaining(["text/html", "text/plain"]));
  expect(plain.text).toContain(`${UNIT}2022年政府信息公开工作年度报告`);
  expect(plain.text).toContain("申请人情况");

  // The portal's editor: a contenteditable on the page, pasted into with the keyboard.
  await page.evaluate(() => {
    const editor = document.createElement("div");
    editor.contentEditable = "true";
    editor.dataset.editor = "";
    editor.setAttribute("aria-label", "网站编辑器");
    editor.style.cssText = "min-height:200px;border:1px solid #999;padding:8px;background:#fff";
    document.querySelector("main")!.prepend(editor);
  });
  const editor = page.getByLabel("网站编辑器");
  await editor.click();
  await page.keyboard.press("Control+V");
  await expect(editor.locator("table")).toHaveCount(3);
  const facts = await page.evaluate(() => {
    const ed = document.querySelector("[data-editor]")!;
    const th = (text: string) => [...ed.querySelectorAll("th")].find((c) => c.textContent?.trim() === text) as HTMLTableCellElement | undefined;
    const span = (text: string) => {
      const c = th(text);
      return c ? [c.rowSpan, c.colSpan] : null;
    };
    return {
      h1: ed.querySelector("h1")?.textContent,
      h2: ed.querySelectorAll("h2").length,
      applicants: span("申请人情况"),
      results: span("三、本年度办理结果"),
      refused: span("（三）不予公开"),
      reconsideration: span("行政复议"),
      litigation: span("行政诉讼"),
    };
  });
  expect(facts.h1).toBe(`${UNIT}2022年政府信息公开工作年度报告`);
  expect(facts.h2).toBe(6);
  expect(facts).toMatchObject(EXPECTED_SPANS);
  await editor.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/pasted-into-editor.png` });
});
