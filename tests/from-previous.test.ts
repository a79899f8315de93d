import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { reportFromPrevious } from "@/lib/report/from-previous";
import { parseReport } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

function lastYear(year: number) {
  const r = emptyReport({ year, organName: "示例区东湖镇人民政府", organKind: "township" });
  r.text.overview = { intro: "开篇", proactive: "主动", onRequest: "依申请", management: "管理", platforms: "平台", oversight: "监督" };
  r.text.problems = "去年的问题";
  r.text.other = "本年度未收取信息处理费。";
  r.meta = { publishUrl: "http://x.gov.cn", contact: { office: "党政办", phone: "0631-5366756" }, signedOn: `${year + 1}-01-20` };
  r.tables.requests.newRequests = [3, 1, 0, 0, 0, 0, 0];
  r.tables.requests.granted = [1, 0, 0, 0, 0, 0, 0];
  r.tables.requests.carriedForward = [2, 1, 0, 0, 0, 0, 0];
  r.tables.proactive.licensing = { ...r.tables.proactive.licensing };
  return fillDerived(r);
}

describe("reportFromPrevious", () => {
  it("carries 四、结转下年度 into 二、上年结转 cell by cell and computes the total", () => {
    const next = reportFromPrevious(lastYear(2022), { year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });
    expect(next.tables.requests.carriedOver).toEqual([2, 1, 0, 0, 0, 0, 3]);
    // This year's own numbers start from zero.
    expect(next.tables.requests.newRequests).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(next.tables.requests.carriedForward).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(parseReport(next).ok).toBe(true);
  });

  it("copies the texts for editing and redrafts the preamble for the new year", () => {
    const prev = lastYear(2022);
    prev.text.preamble = "2022年的前言";
    const next = reportFromPrevious(prev, { year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });
    expect(next.text.overview.proactive).toBe("主动");
    expect(next.text.overview.intro).toBe("开篇");
    expect(next.text.problems).toBe("去年的问题");
    expect(next.text.other).toBe("本年度未收取信息处理费。");
    expect(next.text.preamble).toContain("2023年政府信息公开工作年度报告");
    expect(next.meta.publishUrl).toBe("http://x.gov.cn");
    expect(next.meta.contact?.office).toBe("党政办");
    // The signing date is this year's business.
    expect(next.meta.signedOn).toBeUndefined();
  });

  it("crosses the change of format from 2020 (2019 format) to 2021", () => {
    const prev = lastYear(2020);
    expect(prev.format).toBe("2019");
    const next = reportFromPrevious(prev, { year: 2021, organName: "示例区东湖镇人民政府", organKind: "township" });
    expect(next.format).toBe("2021");
    expect(next.tables.requests.carriedOver).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(next.text.overview.onRequest).toBe("依申请");
    expect(next.text.preamble).toContain(getTemplate("2021").notice);
    const parsed = parseReport(next);
    expect(parsed.ok).toBe(true);
    // Table 二 takes the 2021 shape, not 2020's.
    expect(Object.keys(next.tables.proactive)).not.toContain("procurement");
  });

  it("leaves a carried-over report that passes the 勾稽 rules except R1 it must (一＋二 ≠ 三＋四 until filled)", () => {
    const next = reportFromPrevious(lastYear(2022), { year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });
    const rules = check(next).filter((f) => f.severity === "error").map((f) => f.rule);
    // Carried-over applications must be handled or carried forward again: R1 says so until the clerk does.
    expect(rules).toContain("R1");
    // The new year's 落款日期 is still to be set (R7.missing).
    expect(rules.filter((r) => r !== "R1" && r !== "R5" && r !== "R6" && r !== "R7.missing")).toEqual([]);
  });

  it("starts the stocks (现行有效件数) at last year's figure, so W2 holds when nothing was issued or repealed", () => {
    const prev = lastYear(2022);
    const t = getTemplate(prev.format);
    const stocks = t.tables.proactive.blocks.flatMap((b) => b.fields.filter((f) => f.carriesOver).flatMap((f) => b.rows.map((r) => ({ row: r.key, field: f.key }))));
    expect(stocks.length).toBeGreaterThan(0);
    stocks.forEach((c, i) => (prev.tables.proactive[c.row][c.field] = 10 + i));
    const next = reportFromPrevious(prev, { year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });
    stocks.forEach((c, i) => expect(next.tables.proactive[c.row][c.field]).toBe(10 + i));
    expect(check(next, prev).filter((f) => f.rule === "W2")).toEqual([]);
    // The year's own flows start from zero.
    const flows = t.tables.proactive.blocks.flatMap((b) => b.fields.filter((f) => !f.carriesOver).flatMap((f) => b.rows.map((r) => next.tables.proactive[r.key][f.key])));
    expect(flows.every((v) => v === 0 || v === null)).toBe(true);
  });
});
