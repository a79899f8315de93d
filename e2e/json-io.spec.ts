/**
 * JSON export and import as a township's clerk (南河镇, the spec's own): a REPORT-JSON
 * file becomes the unit's report and opens in the wizard, 下载 JSON gives it
 * back, and every refused file leaves the database unchanged.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { cellKey } from "../lib/report/cells";
import { fillDerived } from "../lib/report/fill-derived";
import type { Report } from "../lib/report/types";
import { dumpTables } from "./db";
import { expect, loginAs, test } from "./fixtures";
import { createArea, TOWNSHIP, type Area } from "./own-area";
import { openStep } from "./wizard-helpers";

const FIXTURE = path.resolve(__dirname, "..", "tests", "fixtures", "guanting-town-2021.json");
const fixture = (): Report => JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as Report;
test.describe.configure({ mode: "serial" });

let reportId = "";
/** 南河镇, whose report is imported, and 东湖镇 beside it. */
let county: Area;
const nanhe = () => county.units[0];
const donghu = () => county.units[1];
let NANHE = "";

test.beforeAll(async () => {
  county = await createArea([TOWNSHIP("南河镇"), TOWNSHIP("东湖镇")]);
  NANHE = nanhe().name;
});

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("报告文件（.json）").setInputFiles(file);
  await expect(page.getByTestId("import-file-name")).toHaveText(typeof file === "string" ? path.basename(file) : file.name);
  await page.getByRole("button", { name: "导入", exact: true }).click();
}

test("a clerk imports a REPORT-JSON file: the wizard opens with its numbers and texts under the unit's own name", async ({ page }) => {
  await loginAs(page, nanhe().clerk);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "导入 JSON 报告" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("reports-list-import.png"), fullPage: true });
  await importFile(page, FIXTURE);
  await page.waitForURL(/\/reports\/[^/?]+(\?.*)?$/);
  reportId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${NANHE}2021年政府信息公开工作年度报告`);

  const source = fixture();
  await openStep(page, "proactive");
  await expect(page.locator(`input[data-cell="${cellKey({ table: "proactive", row: "fees", column: "amount" })}"]`)).toHaveValue("0.7");
  await openStep(page, "preview");
  const preview = page.getByRole("region", { name: "报告预览" });
  await expect(preview).toContainText(source.text.overview.intro!);
  await expect(preview).toContainText(source.text.other);
  await expect(preview).toContainText(source.text.problems.slice(0, source.text.problems.indexOf("\n")));
  await expect(preview).toContainText(NANHE);
  await expect(preview).not.toContainText(source.organ.name + "2021年");
  await page.screenshot({ path: test.info().outputPath("preview-export.png"), fullPage: false });

  // 下载 JSON gives the same tables and texts back, named after the unit.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^下载 JSON/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${NANHE}2021年政府信息公开工作年度报告.json`);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as Report;
  expect(exported.organ).toEqual({ name: NANHE, kind: "township" });
  expect([exported.schema, exported.format, exported.year]).toEqual([source.schema, source.format, source.year]);
  expect(exported.tables).toEqual(fillDerived(source).tables);
  expect(exported.text).toEqual(source.text);
  expect(exported.meta).toEqual(source.meta);

  const res = await page.request.get(`/reports/${reportId}/json`);
  expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
});

test("importing the same year again is refused with a link to the existing report, and nothing changes", async ({ page }) => {
  expect(reportId).not.toBe("");
  await loginAs(page, nanhe().clerk);
  await page.goto("/reports");
  const before = dumpTables();
  await importFile(page, FIXTURE);
  const alert = page.getByRole("alert").filter({ hasText: "无法导入" });
  await expect(alert).toContainText("无法导入：本单位 2021 年度报告已存在，每个单位每年只有一份报告。");
  await expect(alert.getByRole("link", { name: "打开已有的报告" })).toHaveAttribute("href", `/reports/${reportId}`);
  expect(dumpTables()).toBe(before);
});

test("a file that is not JSON, and a JSON with text in a number cell, are refused in Chinese and the list is unchanged", async ({ page }) => {
  await loginAs(page, nanhe().clerk);
  await page.goto("/reports");
  const before = dumpTables();
  const rows = await page.locator("tr[data-year]").count();

  // No file chosen: the picker speaks Chinese whatever the browser's language, and 导入 says what is missing.
  await expect(page.getByTestId("import-file-name")).toHaveText("未选择文件");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请先选择" })).toContainText("请先选择要导入的 JSON 文件。");

  await importFile(page, { name: "年报.json", mimeType: "application/json", buffer: Buffer.from("这不是 JSON，是从 Word 里复制的文字。", "utf8") });
  await expect(page.getByRole("alert").filter({ hasText: "无法导入" })).toContainText("无法导入：不是有效的 JSON");

  const bad = fixture();
  bad.year = 2022;
  bad.format = "2021";
  (bad.tables.requests.granted as unknown[])[0] = "12";
  await importFile(page, { name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad), "utf8") });
  const alert = page.getByRole("alert").filter({ hasText: "无法导入" });
  await expect(alert).toContainText("无法导入：文件不是有效的年度报告。");
  await expect(alert.getByRole("listitem")).toHaveCount(1);
  await expect(alert.getByRole("listitem")).toContainText('应填数字（空白填 null），实为文字 "12"');

  expect(dumpTables()).toBe(before);
  await page.goto("/reports");
  await expect(page.locator("tr[data-year]")).toHaveCount(rows);
  await expect(page.locator('tr[data-year="2022"]')).toHaveCount(0);
});

test("another unit's clerk gets 404 for the JSON of 南河镇's report", async ({ page }) => {
  expect(reportId).not.toBe("");
  await loginAs(page, donghu().clerk);
  const res = await page.request.get(`/reports/${reportId}/json`);
  expect(res.status()).toBe(404);
  expect(await res.text()).toBe("找不到这份报告，或您无权查看。");
  await loginAs(page, nanhe().clerk);
  expect((await page.request.get(`/reports/${reportId}/json`)).status()).toBe(200);
});
