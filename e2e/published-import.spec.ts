/**
 * 导入已发布的报告 as a clerk: a .docx and a PDF of a past year are read, shown
 * beside the source with the reader's notes at their cells, corrected, saved as
 * the unit's report (已发布, original kept), and the next year starts from it
 * with 二、上年结转 carried. Other units never see the import; every refused
 * upload leaves the database unchanged. The units are the spec's own (e2e/own-area.ts).
 */
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { renderDocx } from "../lib/docx/render";
import { cellKey } from "../lib/report/cells";
import type { Report } from "../lib/report/types";
import { dumpTables, withDb } from "./db";
import { expect, loginAs, test } from "./fixtures";
import { createArea, TOWNSHIP, type Area } from "./own-area";
import { openStep } from "./wizard-helpers";

const FIXTURES = path.resolve(__dirname, "..", "tests", "fixtures");
const PDF = path.join(FIXTURES, "import", "pdf", "guanting-town-2021.pdf");
const ENCRYPTED = path.join(FIXTURES, "import", "pdf", "encrypted.pdf");
const MARKED = { table: "requests", row: "granted", column: 0 } as const;
const MARKED_VALUE = 987;

test.describe.configure({ mode: "serial" });

const outDir = "/tmp/app11";
fs.mkdirSync(outDir, { recursive: true });

/** 自然资源局's 2021 report as a .docx, with one cell published as "—" (the reader takes it as 0 and says so). */
async function publishedDocx(): Promise<Buffer> {
  const report = JSON.parse(fs.readFileSync(path.join(FIXTURES, "demo-county-department-2021.json"), "utf8")) as Report;
  report.tables.requests.granted[0] = MARKED_VALUE;
  const zip = await JSZip.loadAsync(await renderDocx(report));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml.split(`>${MARKED_VALUE}<`).length).toBe(2);
  zip.file("word/document.xml", xml.replace(`>${MARKED_VALUE}<`, ">—<"));
  return zip.generateAsync({ type: "nodebuffer" });
}

const importCount = () => withDb((db) => (db.prepare(`SELECT COUNT(*) AS n FROM PublishedImport`).get() as { n: number }).n);

/** 南河镇 imports a .docx, 西山镇 a PDF, 东湖镇 tries bad files; 桥头镇 is another county's. */
let county: Area;
let other: Area;
const nanhe = () => county.units[0];
const xishan = () => county.units[1];
const donghu = () => county.units[2];
let NANHE = "";

test.beforeAll(async () => {
  county = await createArea([TOWNSHIP("南河镇"), TOWNSHIP("西山镇"), TOWNSHIP("东湖镇")]);
  other = await createArea([TOWNSHIP("桥头镇")]);
  NANHE = nanhe().name;
});

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/reports");
  await page.getByLabel("报告文件（PDF、Word、网页或文本）").setInputFiles(file);
  await page.getByRole("button", { name: "读取", exact: true }).click();
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
}

let nanheImport = "";

test("a clerk imports last year's .docx: notes at their cells, a corrected cell, the organ name confirmed, saved as 已发布, next year carries 结转", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, nanhe().clerk);
  await upload(page, { name: "自然资源局2021年报.docx", mimeType: "application/octet-stream", buffer: await publishedDocx() });
  await page.waitForURL(/\/reports\/imports\/[^/]+$/);
  nanheImport = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("自然资源局2021年报.docx");

  // The source's text beside the grid, the note listed apart from the findings, the cell framed.
  await expect(page.getByLabel("读取到的原文文字")).toContainText("政府信息公开");
  const notes = page.getByRole("region", { name: /读取说明/ });
  const note = notes.locator('[data-note-kind="interpreted"]').first();
  await expect(note).toContainText("—");
  const cell = page.locator(`input[data-cell="${cellKey(MARKED)}"]`);
  await expect(cell).toHaveValue("0");
  expect(await cell.evaluate((el) => getComputedStyle(el.parentElement!).boxShadow)).toContain("inset");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${outDir}/import-1366.png`, fullPage: false });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.screenshot({ path: `${outDir}/import-1024.png`, fullPage: false });
  expect(await axe(page)).toEqual([]);

  // The note jumps to its cell; the clerk types the published number.
  await note.getByRole("button").click();
  await expect(cell).toBeFocused();
  await page.keyboard.type(String(MARKED_VALUE));
  await expect(cell).toHaveValue(String(MARKED_VALUE));

  // The file names another organ: shown, and saving waits for the clerk's choice.
  const organ = page.getByRole("group", { name: "机关名称与本单位不同，请确认" });
  await expect(organ).toContainText("示例区自然资源局");
  await expect(organ).toContainText(NANHE);
  const save = page.getByRole("button", { name: "导入为 2021 年报告" });
  const before = dumpTables();
  await save.click();
  await expect(page).toHaveURL(/\/reports\/imports\//);
  expect(dumpTables()).toBe(before);
  await organ.getByLabel(`按本单位名称“${NANHE}”保存`).check();
  await save.click();
  await page.waitForURL(/\/reports\/(?!imports)[^/]+(\?.*)?$/);
  const reportId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${NANHE}2021年政府信息公开工作年度报告`);
  await expect(page.getByRole("note").filter({ hasText: "本报告从已发布的报告导入" })).toBeVisible();

  const row = withDb((db) => db.prepare(`SELECT status, data FROM Report WHERE id = ?`).get(reportId) as { status: string; data: string });
  expect(row.status).toBe("published");
  const stored = JSON.parse(row.data) as Report;
  expect(stored.tables.requests.granted[0]).toBe(MARKED_VALUE);
  expect(stored.organ.name).toBe(NANHE);
  const kept = withDb((db) => db.prepare(`SELECT reportId, length(bytes) AS n FROM PublishedImport WHERE id = ?`).get(nanheImport) as { reportId: string; n: number });
  expect(kept.reportId).toBe(reportId);
  const original = await page.request.get(`/reports/imports/${nanheImport}/file?download=1`);
  expect(original.status()).toBe(200);
  expect((await original.body()).length).toBe(kept.n);

  // The next year from it: 四、结转下年度 of 2021 is 二、上年结转 of 2022.
  await page.goto("/reports");
  await page.getByLabel("报告年度").fill("2022");
  await page.getByLabel(/以上年报告为基础/).check();
  await page.getByRole("button", { name: "新建", exact: true }).click();
  await page.waitForURL(/\/reports\/(?!imports)[^/]+(\?.*)?$/);
  await openStep(page, "requests");
  const carried = stored.tables.requests.carriedForward;
  for (let i = 0; i < carried.length; i++) {
    await expect(page.locator(`input[data-cell="${cellKey({ table: "requests", row: "carriedOver", column: i })}"]`)).toHaveValue(String(carried[i]));
  }
});

test("a year the unit already has is refused with the choice to compare, and nothing changes", async ({ page }) => {
  await loginAs(page, nanhe().clerk);
  await upload(page, { name: "again.docx", mimeType: "application/octet-stream", buffer: await publishedDocx() });
  await page.waitForURL(/\/reports\/imports\/[^/]+$/);
  await expect(page.getByRole("status").filter({ hasText: "本单位已有 2021 年度报告" })).toBeVisible();
  await page.getByLabel(`按本单位名称“${NANHE}”保存`).check();
  const before = dumpTables();
  await page.getByRole("button", { name: "导入为 2021 年报告" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "年度报告已存在" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: /对照/ })).toBeVisible();
  expect(dumpTables()).toBe(before);
});

test("a clerk imports a PDF: shown in the page, the file's organ name kept by choice, saved as 已发布", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, xishan().clerk);
  await upload(page, PDF);
  await page.waitForURL(/\/reports\/imports\/[^/]+$/, { timeout: 30_000 });
  await expect(page.locator('object[type="application/pdf"]')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${outDir}/import-pdf-1366.png`, fullPage: false });
  await page.getByLabel("保留文件中的名称“原州区官厅镇人民政府”").check();
  await page.getByRole("button", { name: "导入为 2021 年报告" }).click();
  await page.waitForURL(/\/reports\/(?!imports)[^/]+(\?.*)?$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("原州区官厅镇人民政府2021年政府信息公开工作年度报告");
  const row = withDb((db) => db.prepare(`SELECT status FROM Report WHERE organizationId = ? AND year = 2021`).get(xishan().id) as { status: string });
  expect(row.status).toBe("published");
});

test("clerks of other units (same county or not) cannot open the import or its file", async ({ page }) => {
  expect(nanheImport).not.toBe("");
  for (const user of [donghu().clerk, other.units[0].clerk]) {
    await loginAs(page, user);
    expect((await page.request.get(`/reports/imports/${nanheImport}`)).status()).toBe(404);
    expect((await page.request.get(`/reports/imports/${nanheImport}/file`)).status()).toBe(404);
  }
});

test("bad uploads are refused with a Chinese message and change nothing", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, donghu().clerk);
  const docx = await publishedDocx();
  const macro = await JSZip.loadAsync(docx).then((z) => z.file("word/vbaProject.bin", new Uint8Array(16)).generateAsync({ type: "nodebuffer" }));
  const cases: Array<[string, { name: string; mimeType: string; buffer: Buffer }, RegExp]> = [
    ["wrong type by content", { name: "报告.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]) }, /无法导入/],
    ["corrupt", { name: "报告.pdf", mimeType: "application/pdf", buffer: fs.readFileSync(PDF).subarray(0, 2000) }, /无法导入/],
    ["encrypted", { name: "加密.pdf", mimeType: "application/pdf", buffer: fs.readFileSync(ENCRYPTED) }, /加密|密码/],
    ["macros", { name: "宏.docx", mimeType: "application/octet-stream", buffer: macro }, /宏/],
    ["too large", { name: "大.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) }, /文件过大/],
  ];
  for (const [what, file, message] of cases) {
    const before = dumpTables();
    const imports = importCount();
    await upload(page, file);
    await expect(page.getByRole("alert").filter({ hasText: message }), what).toBeVisible({ timeout: 30_000 });
    expect(page.url(), what).toMatch(/\/reports$/);
    expect(dumpTables(), what).toBe(before);
    expect(importCount(), what).toBe(imports);
  }
});
