/**
 * Adding a format is a file in lib/template and an entry in its TEMPLATES: with the test-only
 * third format registered that way (and nothing else changed), the empty report, the schema,
 * 以上年报告为基础, every rule and the .docx work on it, through its roles and its own ids.
 */
import { describe, expect, it, vi } from "vitest";
import { FORMAT_TEST, TEST_FORMAT_ID, withTestFormat } from "./support/format-test";

vi.mock("@/lib/template", async (importOriginal) => withTestFormat(await importOriginal()));

const { check } = await import("@/lib/check");
const { emptyReport } = await import("@/lib/report/empty");
const { fillDerived } = await import("@/lib/report/fill-derived");
const { reportFromPrevious } = await import("@/lib/report/from-previous");
const { parseReport } = await import("@/lib/report/schema");
const { renderDocx } = await import("@/lib/docx");
const { formatForYear } = await import("@/lib/template");

const organ = { organName: "示例区东湖镇人民政府", organKind: "township" as const };

function filled(year: number) {
  const r = emptyReport({ year, ...organ });
  r.text.overview = { intro: "", proactive: "主动", onRequest: "依申请", management: "管理", platforms: "平台", oversight: "考核评议" };
  r.text.problems = "问题";
  r.text.other = "本年度未收取信息处理费。";
  return r;
}

describe("a third format added in lib/template only", () => {
  it("serves its years, and the year before keeps 2021's", () => {
    expect(formatForYear(2025)).toBe(TEST_FORMAT_ID);
    expect(formatForYear(2024)).toBe("2021");
  });

  it("gives an empty report of its own shape that the schema accepts and that has no errors", () => {
    const r = emptyReport({ year: 2025, ...organ });
    expect(r.format).toBe(TEST_FORMAT_ID);
    expect(Object.keys(r.tables.requests)).toContain("broughtIn");
    expect(Object.keys(r.tables.proactive)).toEqual(["rules", "normative", "fees"]);
    expect(Object.keys(r.tables.appeals)).toEqual(["review", "suitDirect", "suitAfterReview"]);
    expect(parseReport(r)).toMatchObject({ ok: true });
    // An empty report has no table error; only the missing 落款日期 (R7) stands until it is signed.
    expect(check(r).filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["R7.missing"]);
    expect(check({ ...r, meta: { ...r.meta, signedOn: "2026-01-20" } }).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("checks R1 on its own rows", () => {
    const r = filled(2025);
    r.tables.requests.received = [2, 0, 0, 0, 0, 0, 0];
    const f = check(fillDerived(r)).filter((x) => x.rule === "R1");
    expect(f).toHaveLength(2);
    expect(f[0].row).toBe("toNextYear");
  });

  it("carries last year's 四 (2021 format) into its 二 and checks W1 across the formats", () => {
    const prev = filled(2024);
    prev.tables.requests.carriedForward = [2, 1, 0, 0, 0, 0, 0];
    prev.tables.requests.newRequests = [2, 1, 0, 0, 0, 0, 0];
    const last = fillDerived(prev);
    const next = reportFromPrevious(last, { year: 2025, ...organ });
    expect(next.tables.requests.broughtIn).toEqual([2, 1, 0, 0, 0, 0, 3]);
    next.tables.requests.broughtIn = [1, 1, 0, 0, 0, 0, 2];
    const w1 = check(next, last).filter((x) => x.rule === "W1");
    expect(w1.map((x) => [x.row, x.column])).toEqual([["broughtIn", 0], ["broughtIn", 6]]);
  });

  it("checks W2 on its 现行有效 column, W4 on its 规章 row, W3 on its 行政复议 group and W5 on its fee row", () => {
    const prev = filled(2024);
    prev.tables.proactive.regulations = { issued: 0, repealed: 0, inForce: 5 };
    const r = filled(2025);
    r.tables.proactive.rules = { made: 1, lapsed: 0, valid: 9 };
    r.tables.requests["other.unpaid"] = [1, 0, 0, 0, 0, 0, 0];
    r.tables.requests.received = [1, 0, 0, 0, 0, 0, 0];
    r.tables.appeals.review = [1, 0, 0, 0, 0];
    r.text.overview.onRequest = "本年度共收到政府信息公开申请1件，未发生行政复议。";
    r.text.other = "本年度不涉及信息处理费。";
    const findings = check(fillDerived(r), fillDerived(prev));
    const at = (rule: string) => findings.filter((x) => x.rule === rule).map((x) => x.row ?? x.field);
    expect(at("W2")).toEqual(["rules"]);
    expect(at("W4")).toEqual(["rules"]);
    expect(at("W3.reconsideration")).toEqual(["text.overview.onRequest"]);
    expect(at("W5.feeUnpaid")).toEqual(["text.other"]);
  });

  it("renders a .docx", async () => {
    const bytes = await renderDocx(fillDerived(filled(2025)));
    expect(bytes.byteLength).toBeGreaterThan(5000);
    expect(FORMAT_TEST.notice).toContain("测试");
  });
});
