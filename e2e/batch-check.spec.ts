/**
 * 批量体检 as the county's supervisor: a .zip of PDFs, .docx and a web page plus
 * a scan and a non-report are read in the background with progress per file,
 * shown in one sortable, filterable table, opened read-only with findings at
 * their cells, saved for matched units, and downloaded as an .xlsx that the
 * test opens. Another county's supervisor sees none of it and can save nothing.
 * The county and the other one are the spec's own (e2e/own-area.ts), made once for the serial tests.
 */
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { renderDocx } from "../lib/docx/render";
import type { Report } from "../lib/report/types";
import { dumpTables, withDb } from "./db";
import { expect, loginAs, test } from "./fixtures";
import { createArea, DEPARTMENT, TOWNSHIP, type Area } from "./own-area";

const FIXTURES = path.resolve(__dirname, "..", "tests", "fixtures");
const outDir = "/tmp/app11";
fs.mkdirSync(outDir, { recursive: true });

test.describe.configure({ mode: "serial" });

function fixture(name: string): Report {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")) as Report;
}

/** A department's 2021 report, correct, or with one 勾稽 error in table 三. */
async function docxOf(organ: string, broken: boolean): Promise<Buffer> {
  const r = fixture("demo-county-department-2021.json");
  r.organ.name = organ;
  r.meta.signedBy = organ;
  if (broken) r.tables.requests.granted[0] = (r.tables.requests.granted[0] ?? 0) + 7;
  return renderDocx(r);
}

async function batchZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("官厅镇2021.pdf", fs.readFileSync(path.join(FIXTURES, "import", "pdf", "guanting-town-2021.pdf")));
  zip.file("教育局2021.docx", await docxOf(education().name, false));
  zip.file("温泉镇2021.html", fs.readFileSync(path.join(FIXTURES, "import", "wenquan-town-2021.html")));
  zip.file("扫描件.pdf", fs.readFileSync(path.join(FIXTURES, "import", "pdf", "scan.pdf")));
  zip.file("会议通知.txt", "关于召开全区政务公开工作会议的通知\n各镇、各部门：定于下周一上午九点召开会议，请准时参加。");
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The county whose supervisor reads the batch, and another county. */
let county: Area;
let other: Area;
const education = () => county.units[0];
const health = () => county.units[1];
const township = () => county.units[2];

test.beforeAll(async () => {
  county = await createArea([DEPARTMENT("教育局"), DEPARTMENT("卫生健康局"), TOWNSHIP("东湖镇")]);
  other = await createArea([TOWNSHIP("桥头镇")]);
});

const batchesOf = (supervisorId: string) =>
  withDb((db) => db.prepare(`SELECT id FROM ImportBatch WHERE supervisorId = ?`).all(supervisorId) as { id: string }[]);

const row = (page: Page, file: string) => page.locator(`tr[data-file="${file}"]`);
let fileId = "";
let batchId = "";

test("the supervisor uploads a batch, watches it being read, and gets one table", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAs(page, county.supervisor);
  await page.goto("/review");
  await page.getByRole("link", { name: /批量体检/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("批量体检");
  await page.getByLabel("选择文件").setInputFiles([
    { name: "年报.zip", mimeType: "application/zip", buffer: await batchZip() },
    { name: "卫健局2021.docx", mimeType: "application/octet-stream", buffer: await docxOf(health().name, true) },
  ]);
  await page.getByRole("button", { name: "开始体检" }).click();
  // Progress per file while the worker reads.
  await expect(page.getByTestId("batch-progress")).toContainText("正在读取");
  await expect(page.locator("progress").first()).toBeVisible();
  await page.screenshot({ path: `${outDir}/batch-progress-1366.png` });
  await expect(page.getByTestId("batch-progress")).toContainText("全部读完：共 6 份", { timeout: 120_000 });

  await expect(page.locator("tbody tr")).toHaveCount(6);
  await expect(row(page, "年报.zip/扫描件.pdf")).toContainText("无法读取");
  await expect(row(page, "年报.zip/会议通知.txt")).toContainText("无法读取");
  await expect(row(page, "年报.zip/教育局2021.docx")).toContainText(education().name);
  await expect(row(page, "卫健局2021.docx")).toContainText(health().name);
  await expect(row(page, "年报.zip/官厅镇2021.pdf")).toContainText("未匹配");
  await expect(row(page, "年报.zip/温泉镇2021.html")).toContainText("2021年格式（网页）");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${outDir}/batch-table-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.screenshot({ path: `${outDir}/batch-table-1024.png`, fullPage: true });
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Sort by 错误 (descending: the broken report first), then only the rows with errors.
  const errorsHeader = page.getByRole("columnheader", { name: /错误/ });
  await errorsHeader.getByRole("button").click();
  await errorsHeader.getByRole("button").click();
  await expect(errorsHeader).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator("tbody tr").first()).toHaveAttribute("data-file", "卫健局2021.docx");
  await page.getByLabel("只看有错误的").check();
  const withErrors = await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-file")));
  expect(withErrors).toContain("卫健局2021.docx");
  expect(withErrors).not.toContain("年报.zip/教育局2021.docx");
  await page.getByLabel("只看有错误的").uncheck();
  batchId = batchesOf(county.supervisor.id)[0].id;
});

test("a row opens read-only with the findings at their cells and the reader's notes apart", async ({ page }) => {
  await loginAs(page, county.supervisor);
  await page.goto("/review/batch");
  await row(page, "卫健局2021.docx").getByRole("link", { name: /查看/ }).click();
  await page.waitForURL(/\/review\/batch\/files\//);
  fileId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("region", { name: "检查结果（原报告就是这样填的）" })).toContainText("错误");
  await expect(page.getByRole("region", { name: /读取说明/ })).toBeVisible();
  await expect(page.locator('td[data-status="error"]').first()).toBeVisible();
  expect(await page.locator("input[data-cell]:not([readonly])").count()).toBe(0);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${outDir}/batch-file-1366.png` });
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("matched rows are saved as the units' reports (已发布); an unmatched one after picking its unit", async ({ page }) => {
  await loginAs(page, county.supervisor);
  await page.goto("/review/batch");
  const reportsBefore = withDb((db) => (db.prepare(`SELECT COUNT(*) AS n FROM Report`).get() as { n: number }).n);
  await row(page, "年报.zip/教育局2021.docx").getByRole("button", { name: /保存为该单位 2021 年报告（已发布）/ }).click();
  await expect(row(page, "年报.zip/教育局2021.docx")).toContainText("已保存为报告");
  await row(page, "卫健局2021.docx").getByRole("button", { name: /保存为该单位 2021 年报告/ }).click();
  await expect(row(page, "卫健局2021.docx")).toContainText("已保存为报告");
  // 未匹配: the picker finds the supervisor's units by part of the name as it is typed, and no one else's.
  const picker = row(page, "年报.zip/官厅镇2021.pdf");
  await expect(picker.getByRole("combobox")).toContainText(education().name);
  await picker.getByRole("searchbox").pressSequentially("东湖");
  await expect(picker.getByRole("combobox")).not.toContainText(education().name);
  await expect(picker.getByRole("combobox").locator("option")).toHaveText(["选择单位…（1 个）", township().name]);
  await picker.getByRole("searchbox").fill("桥头镇");
  await expect(picker.getByRole("combobox")).toContainText("没有名称相符的单位");
  await picker.getByRole("searchbox").fill("东湖");
  await picker.getByRole("combobox").selectOption({ label: township().name });
  await expect(row(page, "年报.zip/官厅镇2021.pdf")).toContainText(township().name);
  await expect(row(page, "年报.zip/官厅镇2021.pdf").getByRole("button", { name: /保存为该单位 2021 年报告/ })).toBeVisible();
  const saved = withDb((db) =>
    db.prepare(`SELECT organizationId, status FROM Report WHERE year = 2021 AND organizationId IN (?, ?) ORDER BY organizationId`).all(education().id, health().id),
  );
  expect(saved).toEqual([
    { organizationId: education().id, status: "published" },
    { organizationId: health().id, status: "published" },
  ]);
  expect(withDb((db) => (db.prepare(`SELECT COUNT(*) AS n FROM Report`).get() as { n: number }).n)).toBe(reportsBefore + 2);
});

test("the .xlsx has a sheet of reports and a sheet of findings with table, row, column and message", async ({ page }) => {
  await loginAs(page, county.supervisor);
  await page.goto("/review/batch");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 .xlsx" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^批量体检结果-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const reports = wb.getWorksheet("报告")!;
  expect(reports.rowCount).toBe(7);
  const files: string[] = [];
  reports.eachRow((r, n) => {
    if (n > 1) files.push(String(r.getCell(1).value));
  });
  expect(files.sort()).toEqual(
    ["卫健局2021.docx", "年报.zip/会议通知.txt", "年报.zip/官厅镇2021.pdf", "年报.zip/扫描件.pdf", "年报.zip/教育局2021.docx", "年报.zip/温泉镇2021.html"].sort(),
  );
  const findings = wb.getWorksheet("问题")!;
  const lines: string[][] = [];
  findings.eachRow((r, n) => {
    if (n > 1) lines.push([1, 2, 3, 4, 5, 6, 7, 8].map((i) => String(r.getCell(i).value ?? "")));
  });
  const broken = lines.filter((l) => l[0] === "卫健局2021.docx" && l[2] === "错误");
  expect(broken.length).toBeGreaterThan(0);
  expect(broken.some((l) => l[4] === "表三" && l[5] !== "" && l[6] !== "" && l[7] !== "")).toBe(true);
});

test("another county's supervisor and a clerk see none of it; their uploads never create reports outside their units", async ({ page }) => {
  test.setTimeout(120_000);
  expect(fileId).not.toBe("");
  await loginAs(page, other.supervisor);
  expect((await page.request.get(`/review/batch/files/${fileId}`)).status()).toBe(404);
  expect((await page.request.get(`/review/batch/${batchId}/xlsx`)).status()).toBe(404);
  await page.goto("/review/batch");
  await expect(page.locator("tbody tr")).toHaveCount(0);

  // The other county's supervisor uploads 教育局's report: it matches none of its units and cannot be saved.
  const before = dumpTables();
  await page.getByLabel("选择文件").setInputFiles({ name: "教育局.docx", mimeType: "application/octet-stream", buffer: await docxOf(education().name, false) });
  await page.getByRole("button", { name: "开始体检" }).click();
  await expect(page.getByTestId("batch-progress")).toContainText("全部读完：共 1 份", { timeout: 60_000 });
  const r = row(page, "教育局.docx");
  await expect(r).toContainText("未匹配");
  expect(await r.getByRole("option").allTextContents()).not.toContain(education().name);
  expect(dumpTables()).toBe(before);

  await loginAs(page, township().clerk);
  expect((await page.request.get("/review/batch")).status()).toBe(404);
  expect((await page.request.get(`/review/batch/files/${fileId}`)).status()).toBe(404);
  const api = await page.request.get("/api/batches/current");
  expect((await api.json()).batch).toBeNull();
});

test("too many files are refused with a clear message and nothing is queued", async ({ page }) => {
  await loginAs(page, county.supervisor);
  await page.goto("/review/batch");
  const batches = batchesOf(county.supervisor.id).length;
  const files = Array.from({ length: 201 }, (_, i) => ({ name: `f${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(`第${i}份`) }));
  await page.getByLabel("选择文件").setInputFiles(files);
  await page.getByRole("button", { name: "开始体检" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "一次最多体检 200 份" })).toBeVisible();
  expect(batchesOf(county.supervisor.id)).toHaveLength(batches);
});
