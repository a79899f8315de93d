/** parseReport: what a bad REPORT-JSON gets back — Chinese messages that name the field. */
import { describe, expect, it } from "vitest";
import { parseReport } from "@/lib/report/schema";
import { loadFixture } from "./support/fixtures";

const raw = (name: string) => JSON.parse(JSON.stringify(loadFixture(name))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(input: unknown): string[] {
  const r = parseReport(input);
  if (r.ok) throw new Error("expected the report to be rejected");
  return r.errors;
}

describe("parseReport", () => {
  it("accepts every fixture", () => {
    for (const name of ["guanting-town-2021", "hanconggou-town-2020", "demo-county-department-2022"]) {
      expect(parseReport(raw(name)).ok).toBe(true);
    }
  });

  it("a string in a cell: names the table, row and column", () => {
    const r = raw("demo-county-department-2021");
    r.tables.requests.granted[3] = "3";
    expect(errorsOf(r)).toEqual([
      "表三 （一）予以公开 · 社会公益组织（tables.requests.granted[3]）：应填数字（空白填 null），实为文字 \"3\"。",
    ]);
  });

  it("a string in a table 二 cell", () => {
    const r = raw("demo-town-2020");
    r.tables.proactive.licensing.change = "-2";
    const [e] = errorsOf(r);
    expect(e).toContain("表二 行政许可 · 本年增/减（tables.proactive.licensing.change）");
    expect(e).toContain("应填数字");
  });

  it("a 2019-only row (otherHandling) in a 2021 report", () => {
    const r = raw("demo-county-department-2021");
    r.tables.requests.otherHandling = [0, 0, 0, 0, 0, 0, 0];
    const [e] = errorsOf(r);
    expect(e).toContain("表三（收到和处理政府信息公开申请情况）（tables.requests）");
    expect(e).toContain("2021年格式没有此项：otherHandling");
  });

  it("a missing table", () => {
    const r = raw("demo-county-department-2021");
    delete r.tables.appeals;
    expect(errorsOf(r)).toEqual(["表四（政府信息公开行政复议、行政诉讼情况）（tables.appeals）：缺少此项。"]);
  });

  it("a missing row and a short row", () => {
    const r = raw("demo-county-department-2021");
    delete r.tables.requests.carriedForward;
    r.tables.appeals.reconsideration = [0, 0, 0];
    const errors = errorsOf(r);
    expect(errors).toContain("表三 四、结转下年度继续办理（tables.requests.carriedForward）：缺少此项。");
    expect(errors).toContain("表四 行政复议（tables.appeals.reconsideration）：应有 5 个数。");
  });

  it("a wrong or missing format", () => {
    const r = raw("demo-county-department-2021");
    r.format = "2022";
    expect(errorsOf(r)).toEqual(['format（模板格式）应为 "2021" 或 "2019"，实为 "2022"。']);
    delete r.format;
    expect(errorsOf(r)[0]).toContain("实为 缺失");
  });

  it("not an object", () => {
    for (const input of [null, 42, "报告", [1, 2]]) {
      expect(errorsOf(input)).toEqual(["报告应为一个 JSON 对象。"]);
    }
  });

  it("a bad organ kind and a bad date", () => {
    const r = raw("demo-county-department-2021");
    r.organ.kind = "village";
    r.meta.signedOn = "2022年1月20日";
    const errors = errorsOf(r);
    expect(errors.some((e) => e.startsWith("基本信息 · 机关类型（organ.kind）：应为 township"))).toBe(true);
    expect(errors.some((e) => e.startsWith("基本信息 · 落款日期（meta.signedOn）：落款日期应为日期，如 2022-01-20。"))).toBe(true);
  });
});
