/**
 * The table rules, each with a passing and a failing case on both formats:
 * R1–R4 (勾稽关系), R5 (values), R6 (format vs year), W1, W2 (against last year), W4 (规章).
 */
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf, previousOf, rulesOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

describe.each(BASES)("table rules, %s", (_, base) => {
  it("passes on the balanced demo report (no findings at all)", () => {
    expect(check(base())).toEqual([]);
  });

  it("R1: 一＋二 ≠ （七）总计＋四 in a column, with the numbers", () => {
    const r = copy(base());
    r.tables.requests.carriedForward[0]! += 1;
    r.tables.requests.carriedForward[6]! += 1; // keep R2 true, so R1 alone speaks
    const f = findingsOf("R1", r);
    expect(f).toHaveLength(2); // 自然人 and 总计
    expect(f[0]).toMatchObject({ severity: "error", table: "requests", row: "carriedForward", column: 0 });
    const nw = r.tables.requests.newRequests[0]!;
    const co = r.tables.requests.carriedOver[0]!;
    const th = r.tables.requests.totalHandled[0]!;
    const cf = r.tables.requests.carriedForward[0]!;
    expect(f[0].message).toBe(`自然人：一＋二（${nw}＋${co}＝${nw + co}）≠ （七）总计＋四（${th}＋${cf}＝${th + cf}）`);
    expect(f[0].cells).toContainEqual({ table: "requests", row: "newRequests", column: 0 });
    expect(rulesOf(r)).not.toContain("R2");
  });

  it("R2: a row's 总计 ≠ the sum of its six columns", () => {
    const r = copy(base());
    r.tables.requests.granted[6]! += 2;
    const f = findingsOf("R2", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ table: "requests", row: "granted", column: 6 });
    expect(f[0].message).toMatch(/^（一）：总计 \d+ ≠ 自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他（/);
  });

  it("R3: （七）总计 ≠ （一）至（六）之和 in a column", () => {
    const r = copy(base());
    r.tables.requests["unavailable.notHeld"][0]! += 1;
    r.tables.requests["unavailable.notHeld"][6]! += 1;
    const f = findingsOf("R3", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ table: "requests", row: "totalHandled", column: 0 });
    expect(f[0].message).toContain("自然人：（七）总计");
    expect(f[0].cells).toContainEqual({ table: "requests", row: "unavailable.notHeld", column: 0 });
  });

  it("R4: a table 四 总计 ≠ 结果维持＋结果纠正＋其他结果＋尚未审结", () => {
    const r = copy(base());
    r.tables.appeals.litigationDirect[4]! += 1;
    const f = findingsOf("R4", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ table: "appeals", row: "litigationDirect", column: 4 });
    expect(f[0].message).toMatch(/^行政诉讼（未经复议直接起诉）：总计 \d+ ≠ 结果维持＋结果纠正＋其他结果＋尚未审结/);
  });

  it("R5: blank, negative, fractional counts and bad money, each at its cell", () => {
    const r = copy(base());
    r.tables.requests.granted[1] = null;
    r.tables.appeals.reconsideration[0] = -1;
    r.tables.proactive.licensing.decisions = 2.5;
    r.tables.proactive.fees[r.format === "2021" ? "amount" : "previous"] = r.format === "2021" ? 1.23456 : -3;
    const f = findingsOf("R5", r);
    expect(f.map((x) => [x.table, x.row, x.column])).toEqual([
      ["proactive", "licensing", "decisions"],
      ["proactive", "fees", r.format === "2021" ? "amount" : "previous"],
      ["requests", "granted", 1],
      ["appeals", "reconsideration", 0],
    ]);
    expect(f[0].message).toBe(`表二 行政许可 · ${r.format === "2021" ? "本年处理决定数量" : "处理决定数量"}：应为不小于 0 的整数，实为 2.5`);
    expect(f[1].message).toMatch(r.format === "2021" ? /最多保留 4 位小数，实为 1\.23456/ : /应为不小于 0 的整数，实为 -3/);
    expect(f[2].message).toBe("表三 （一）予以公开 · 法人或其他组织 商业企业：空白，应填 0");
    expect(f[3].message).toBe("表四 行政复议 结果维持：应为不小于 0 的整数，实为 -1");
    expect(f.every((x) => x.severity === "error" && x.cells?.length === 1)).toBe(true);
  });

  it("R5: money with 4 decimals is fine", () => {
    const r = copy(base());
    if (r.format === "2021") r.tables.proactive.fees.amount = 75.926;
    else r.tables.proactive.procurement.amount = 0.0001;
    expect(findingsOf("R5", r)).toEqual([]);
  });

  it("R6: the format must match the year", () => {
    const r = copy(base());
    r.year = r.format === "2021" ? 2020 : 2021;
    const f = findingsOf("R6", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", field: "format" });
    expect(f[0].message).toContain(r.format === "2021" ? "应使用2019年格式" : "应使用2021年格式");
    r.year = 2018;
    expect(findingsOf("R6", r)[0].message).toContain("2018年度没有适用的全国格式");
  });

  it("W1: 二、上年结转 must equal last year's 四, per column", () => {
    const r = base();
    const prev = previousOf(r);
    expect(findingsOf("W1", r, prev)).toEqual([]);
    prev.tables.requests.carriedForward[0] = 9;
    const f = findingsOf("W1", r, prev);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", table: "requests", row: "carriedOver", column: 0 });
    expect(f[0].message).toBe(
      `自然人：本年“二、上年结转政府信息公开申请数量”为 ${r.tables.requests.carriedOver[0]}，上年（${prev.year}年）报告“四、结转下年度继续办理”为 9，两者应相等。`,
    );
  });

  it("W1 (and every cross-year rule) needs the report of the year before", () => {
    const r = base();
    const prev = previousOf(r);
    prev.tables.requests.carriedForward[0] = 9;
    prev.text.problems = r.text.problems;
    prev.year = r.year - 2;
    expect(rulesOf(r, prev).filter((x) => /^W[126]/.test(x))).toEqual([]);
  });

  it("W4: an organ that makes no 规章 reports 规章", () => {
    const r = copy(base());
    const field = r.format === "2021" ? "issued" : "made";
    r.tables.proactive.regulations[field] = 2;
    const f = findingsOf("W4", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", table: "proactive", row: "regulations", column: field });
    expect(f[0].message).toContain("不制定规章");
    expect(f[0].message).toContain(r.format === "2021" ? "本年制发件数 2" : "本年新制作数量 2");
    r.organ.kind = "city-government";
    expect(findingsOf("W4", r)).toEqual([]);
  });
});

describe("W2 现行有效件数 (2021 format both years)", () => {
  const r = loadFixture("demo-county-department-2022");
  const prev = loadFixture("demo-county-department-2021");

  it("passes when 现行有效 = last year's + 制发 − 废止", () => {
    expect(findingsOf("W2", r, prev)).toEqual([]);
  });

  it("warns with the arithmetic when it does not add up", () => {
    const bad = copy(r);
    bad.tables.proactive.normativeDocuments.inForce = 15;
    const f = findingsOf("W2", bad, prev);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", table: "proactive", row: "normativeDocuments", column: "inForce" });
    expect(f[0].message).toContain("现行有效件数 15 ≠ 上年（2021年）现行有效件数 12 ＋ 本年制发件数 4 − 本年废止件数 2 ＝ 14");
  });

  it("is not checked against a 2019-format year, nor on the 2019 format", () => {
    const r2021 = copy(prev);
    r2021.tables.proactive.normativeDocuments.inForce = 999;
    const prev2020 = loadFixture("demo-town-2020");
    expect(findingsOf("W2", r2021, prev2020)).toEqual([]);
    const town = loadFixture("demo-town-2020");
    const town2019 = previousOf(town);
    town2019.tables.proactive.normativeDocuments.total = 1;
    expect(findingsOf("W2", town, town2019)).toEqual([]);
  });

  it("W1 compares across formats (2020 in the 2019 format → 2021)", () => {
    const r2021 = copy(prev);
    const prev2020 = previousOf(r2021, "2019");
    const fromTown = loadFixture("demo-town-2020");
    prev2020.tables = { ...fromTown.tables, requests: { ...fromTown.tables.requests, carriedForward: prev2020.tables.requests.carriedForward } };
    expect(findingsOf("W1", r2021, prev2020)).toEqual([]);
    prev2020.tables.requests.carriedForward[1] = 7;
    expect(findingsOf("W1", r2021, prev2020).map((f) => f.column)).toEqual([1]);
  });
});
