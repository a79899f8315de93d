/**
 * 导入 JSON 报告 against a real SQLite database (migrated and seeded into a
 * temporary file): what an accepted file becomes, and that every refused file
 * changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTestDatabase } from "./test-database";
import { check } from "@/lib/check";
import { fillDerived } from "@/lib/report/fill-derived";
import { jsonDownloadHeaders } from "@/lib/report/json-download";
import { parseReportJson, stringifyReport } from "@/lib/report/json-io";
import type { Report } from "@/lib/report/types";
import type { ActingUser } from "@/lib/server/acting-user";

const testDb = copyTestDatabase("nianbao-import-");

let db: typeof import("@/lib/server/db").db;
let importReport: typeof import("@/lib/server/report-import").importReport;
let createReport: typeof import("@/lib/server/report-service").createReport;

const nanhe: ActingUser = { id: "user-nanhe", name: "南河镇填报人", role: "clerk", organizationId: "org-nanhe" };
const supervisor: ActingUser = { id: "user-supervisor", name: "审核人", role: "supervisor", organizationId: "org-district" };
const fixtureText = fs.readFileSync(path.resolve(__dirname, "../fixtures/guanting-town-2021.json"), "utf8");
const fixture = (): Report => JSON.parse(fixtureText) as Report;

beforeAll(async () => {
  db = (await import("@/lib/server/db")).db;
  importReport = (await import("@/lib/server/report-import")).importReport;
  createReport = (await import("@/lib/server/report-service")).createReport;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  testDb.remove();
});

const snapshot = async () => JSON.stringify([await db.report.findMany({ orderBy: { id: "asc" } }), await db.reportEvent.findMany({ orderBy: { id: "asc" } })]);

describe("importReport", () => {
  it("creates the unit's report of the file's year under the unit's own name, sums filled, counted like a save, with a creation event", async () => {
    await db.report.deleteMany({ where: { organizationId: "org-nanhe", year: 2021 } });
    const result = await importReport(nanhe, fixtureText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.report.findUniqueOrThrow({ where: { id: result.id }, include: { organization: true, events: true } });
    expect([row.organizationId, row.year, row.format, row.status, row.version]).toEqual(["org-nanhe", 2021, "2021", "draft", 1]);
    const stored = JSON.parse(row.data) as Report;
    expect(stored.organ).toEqual({ name: row.organization.name, kind: row.organization.kind });
    expect(stored.organ.name).not.toBe(fixture().organ.name);
    const expected = fillDerived({ ...fixture(), organ: stored.organ });
    expect(stored.tables).toEqual(expected.tables);
    expect(stored.text).toEqual(fixture().text);
    expect(stored.meta).toEqual(fixture().meta);
    const findings = check(expected);
    expect(row.errorCount).toBe(findings.filter((f) => f.severity === "error").length);
    expect(row.warningCount).toBe(findings.filter((f) => f.severity === "warning").length);
    expect(row.events).toHaveLength(1);
    expect(row.events[0]).toMatchObject({ actorId: "user-nanhe", fromStatus: "", toStatus: "draft", comment: "从 JSON 文件导入新建" });
  });

  it("refuses a second report of the same year and links the existing one", async () => {
    const before = await snapshot();
    const existing = await db.report.findUniqueOrThrow({ where: { organizationId_year: { organizationId: "org-nanhe", year: 2021 } } });
    const result = await importReport(nanhe, fixtureText);
    expect(result).toEqual({ ok: false, message: "无法导入：本单位 2021 年度报告已存在，每个单位每年只有一份报告。", existingId: existing.id });
    expect(await snapshot()).toBe(before);
  });

  const refusals: [string, () => string, RegExp][] = [
    ["text that is not JSON", () => "年度报告\n第一行", /^无法导入：不是有效的 JSON。$/],
    ["JSON with a syntax error, saying where", () => '{"year": 2021,\n  oops}', /^无法导入：不是有效的 JSON（第 2 行第 3 列附近有错）。$/],
    ["an empty file", () => "", /^无法导入：文件是空的/],
    ["JSON cut off half-way", () => fixtureText.slice(0, 200), /^无法导入：不是有效的 JSON/],
    [
      "a string in a cell",
      () => {
        const r = fixture();
        r.year = 2023;
        (r.tables.requests.granted as unknown[])[0] = "12";
        return JSON.stringify(r);
      },
      /^无法导入：文件不是有效的年度报告。$/,
    ],
    [
      "a format that does not match the year (R6)",
      () => JSON.stringify({ ...JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/demo-town-2020.json"), "utf8")), year: 2022 }),
      /^无法导入：2022 年度报告应使用 2021年格式，文件使用的是 2019年格式。$/,
    ],
  ];
  for (const [what, text, message] of refusals) {
    it(`refuses ${what} and changes nothing`, async () => {
      const before = await snapshot();
      const result = await importReport(nanhe, text());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(message);
      expect(await snapshot()).toBe(before);
    });
  }

  it("lists the schema's messages for a string in a cell, naming the cell", async () => {
    const r = fixture();
    r.year = 2023;
    (r.tables.requests.granted as unknown[])[0] = "12";
    const result = await importReport(nanhe, JSON.stringify(r));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.stringMatching(/tables\.requests\.granted\[0\].*应填数字.*"12"/)]);
  });

  it("refuses a supervisor, who writes no reports", async () => {
    const before = await snapshot();
    const result = await importReport(supervisor, fixtureText.replace('"year": 2021', '"year": 2022'));
    expect(result).toEqual({ ok: false, message: "只有单位填报人可以导入本单位的年度报告。" });
    expect(await snapshot()).toBe(before);
  });

  it("leaves 新建 working as before (the shared insert)", async () => {
    await db.report.deleteMany({ where: { organizationId: "org-nanhe", year: 2022 } });
    const result = await createReport(nanhe, { year: 2022 });
    expect(result.ok).toBe(true);
    const again = await createReport(nanhe, { year: 2022 });
    expect(again).toMatchObject({ ok: false, message: "本单位 2022 年度报告已存在，每个单位每年只有一份报告。" });
  });

  it("re-imports its own export: stringifyReport → parseReportJson is the identity", () => {
    const report = fillDerived(fixture());
    const back = parseReportJson(stringifyReport(report));
    expect(back).toEqual({ ok: true, report });
  });
});

describe("download headers of the JSON export", () => {
  it("names the file 〈机关名称〉〈年份〉年政府信息公开工作年度报告.json, UTF-8 JSON", () => {
    const h = jsonDownloadHeaders({ organ: { name: "示例区南河镇人民政府", kind: "township" }, year: 2021 }, 42);
    expect(h["Content-Type"]).toBe("application/json; charset=utf-8");
    expect(h["Content-Length"]).toBe("42");
    const cd = h["Content-Disposition"];
    expect(cd).toMatch(/^attachment; filename="report-2021\.json"; filename\*=UTF-8''/);
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(cd)![1])).toBe("示例区南河镇人民政府2021年政府信息公开工作年度报告.json");
  });
});
