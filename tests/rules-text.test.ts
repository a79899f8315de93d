/**
 * The text rules, each with a passing and a failing case on both formats:
 * W3 (numbers in the text vs the tables), W5 (六 and the 信息处理费),
 * W6 (五 like last year's), W7 (completeness). tablesOnly skips them all.
 */
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { bigramDice } from "@/lib/check/similarity";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf, previousOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

describe.each(BASES)("text rules, %s", (_, base) => {
  it("W3: the numbers of 依申请公开 agree with the tables", () => {
    expect(findingsOf("W3", base())).toEqual([]);
  });

  it("W3.newRequests: 收到 N 件 vs 一、本年新收 总计, with both numbers and the cell", () => {
    const r = copy(base());
    const n = r.tables.requests.newRequests[6]!;
    r.text.overview.onRequest = r.text.overview.onRequest.replace(`申请${n}件`, `申请${n + 1}件`);
    const f = findingsOf("W3", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "W3.newRequests", severity: "warning", field: "text.overview.onRequest" });
    expect(f[0].message).toContain(`说${n + 1} 件`);
    expect(f[0].message).toContain(`但表三 一、本年新收政府信息公开申请数量 · 总计为 ${n}`);
    expect(f[0].cells).toEqual([{ table: "requests", row: "newRequests", column: 6 }]);
  });

  it("W3: “未收到政府信息公开申请” while 新收 > 0, wherever the text says it", () => {
    const r = copy(base());
    r.text.other += "\n本年度未收到政府信息公开申请。";
    const f = findingsOf("W3", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "W3.newRequests", field: "text.other" });
    expect(f[0].message).toContain("说没有");
  });

  it("W3: outcomes, carried forward and table 四 総计 each against their cells", () => {
    const r = copy(base());
    const q = r.tables.requests;
    const granted = q.granted[6]!;
    const forward = q.carriedForward[6]!;
    r.text.overview.onRequest = r.text.overview.onRequest
      .replace(`予以公开${granted}件`, `予以公开${granted + 2}件`)
      .replace(/结转下年度(继续)?办理(\d+)件|结转下年度(\d+)件/, `结转下年度继续办理${forward + 1}件`)
      .replace(/行政复议(\d+)件/, (_, n) => `行政复议${Number(n) + 1}件`);
    expect(findingsOf("W3", r).map((f) => f.rule)).toEqual(["W3.granted", "W3.carriedForward", "W3.reconsideration"]);
  });

  it("W3: 予以公开及部分公开 N 件 is the sum of both rows", () => {
    const r = copy(base());
    const both = r.tables.requests.granted[6]! + r.tables.requests.partlyGranted[6]!;
    r.text.overview.onRequest = `本年度予以公开及部分公开${both}件。`;
    expect(findingsOf("W3", r)).toEqual([]);
    r.text.overview.onRequest = `本年度予以公开及部分公开${both + 1}件。`;
    expect(findingsOf("W3", r).map((f) => f.rule)).toEqual(["W3.grantedOrPartly"]);
  });

  it("W3 leaves numbers alone that are not about applications", () => {
    const r = copy(base());
    r.text.overview.proactive += "答复“12345”平台反馈问题170件、政府门户网站和人民网留言14件，答复率100%。";
    r.text.other += "\n本年度承办人大代表建议37件，均已办结。";
    expect(findingsOf("W3", r)).toEqual([]);
  });

  it("W5: 六 states the 信息处理费 (from 2021, when 国办函〔2020〕109号 applies)", () => {
    const r = copy(base());
    expect(findingsOf("W5", r)).toEqual([]);
    r.text.other = "本年度人大代表建议和政协提案均已公开办理结果。";
    const f = findingsOf("W5", r);
    if (r.year >= 2021) {
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ rule: "W5.missing", severity: "warning", field: "text.other" });
      expect(f[0].message).toContain("没有说明信息处理费");
    } else {
      expect(f).toEqual([]);
    }
  });

  it("W6: 五 copied from last year (digits ignored), with the similarity", () => {
    const r = base();
    const prev = previousOf(r);
    expect(findingsOf("W6", r, prev)).toEqual([]);
    prev.text.problems = r.text.problems.replace(/\d{4}/g, String(prev.year));
    const f = findingsOf("W6", r, prev);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "text.problems" });
    expect(f[0].message).toContain("相似度为 100%");
  });

  it("W7.empty / W7.placeholder: a required text empty or a placeholder", () => {
    const r = copy(base());
    expect(findingsOf("W7", r)).toEqual([]);
    r.text.problems = "  ";
    r.text.other = "暂无。";
    const f = findingsOf("W7", r);
    expect(f.map((x) => [x.rule, x.field])).toEqual([
      ["W7.empty", "text.problems"],
      ["W7.placeholder", "text.other"],
    ]);
    expect(f[1].message).toBe("六、其他需要报告的事项：只写了“暂无。”，请写明实际情况。");
  });

  it("W7.placeholder: template leftovers inside a text", () => {
    const r = copy(base());
    r.text.overview.platforms = "本年度在XX平台发布信息……条。";
    expect(findingsOf("W7", r).map((x) => [x.rule, x.field])).toEqual([["W7.placeholder", "text.overview.platforms"]]);
  });

  it("W7.year: a year that is neither the report year nor the next; document numbers, titles and the period do not count", () => {
    const r = copy(base());
    const y = r.year;
    r.text.preamble = `${r.organ.name}根据国办公开办函〔2019〕60号编制。本报告统计期限自${y}年1月1日至${y}年12月31日。`;
    r.text.overview.management += `落实《${y - 3}年政务公开工作要点》，${y + 1}年将继续推进。`;
    expect(findingsOf("W7", r)).toEqual([]);
    r.text.problems += `\n${y - 1}年提出的问题已整改。`;
    const f = findingsOf("W7", r);
    expect(f.map((x) => [x.rule, x.field])).toEqual([["W7.year", "text.problems"]]);
    expect(f[0].message).toContain(`提到“${y - 1}年”`);
  });

  it("W7.oversight: a 人民政府 must report 考核、评议、责任追究 (条例 第五十条第四项)", () => {
    const r = copy(base());
    r.organ.kind = "township";
    const text = "明确专人负责政务公开工作，按时更新公开内容。";
    if (r.format === "2021") r.text.overview.oversight = text;
    else r.text.overview = { intro: "", proactive: text, onRequest: r.text.overview.onRequest, management: "", platforms: "", oversight: "" };
    const f = findingsOf("W7.oversight", r);
    expect(f).toHaveLength(1);
    expect(f[0].field).toBe(r.format === "2021" ? "text.overview.oversight" : "text.overview");
    r.organ.kind = "county-department";
    expect(findingsOf("W7.oversight", r)).toEqual([]);
  });

  it("tablesOnly skips every text rule", () => {
    const r = copy(base());
    r.text.other = "";
    r.text.overview.onRequest = "本年度未收到政府信息公开申请。";
    expect(check(r).some((f) => f.rule.startsWith("W"))).toBe(true);
    expect(check(r, previousOf(r), { tablesOnly: true })).toEqual([]);
  });
});

describe("W5.feeUnpaid (2021 format: （六）2 逾期未缴费 > 0)", () => {
  const r = loadFixture("demo-county-department-2022");

  it("passes when 六 reports the unpaid fee notice", () => {
    expect(r.tables.requests["otherHandling.feeUnpaid"][6]).toBe(1);
    expect(findingsOf("W5", r)).toEqual([]);
  });

  it("warns when 六 says no fee was involved", () => {
    const bad = copy(r);
    bad.text.other = "本年度不涉及信息处理费。";
    const f = findingsOf("W5", bad);
    expect(f.map((x) => x.rule)).toEqual(["W5.feeUnpaid"]);
    expect(f[0].cells).toEqual([{ table: "requests", row: "otherHandling.feeUnpaid", column: 6 }]);
    expect(f[0].message).toContain("“不涉及信息处理费”");
  });
});

describe("bigramDice", () => {
  it("is 1 for the same text, ignoring punctuation, spaces and the digits", () => {
    expect(bigramDice("2021年，问题一是培训不足。", "2022年 问题一是培训不足")).toBe(1);
  });
  it("is 0 for texts with no pair of characters in common", () => {
    expect(bigramDice("甲乙丙丁", "戊己庚辛")).toBe(0);
  });
  it("is between for a partly rewritten text", () => {
    const d = bigramDice("一是队伍建设有待加强，二是公开尺度难以把握。", "一是队伍建设有待加强，二是解读形式较为单一。");
    expect(d).toBeGreaterThan(0.3);
    expect(d).toBeLessThan(0.8);
  });
});
