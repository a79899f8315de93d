/**
 * The preamble, both formats: it names the organ (W7.organ), describes the current six-part
 * structure (W7.structure), states the statistical year (W7.period); unbalanced （） or 《》 in
 * any text are W7.brackets. The preamble drafted from 基本信息 passes them all.
 */
import { describe, expect, it } from "vitest";
import { unbalancedBrackets } from "@/lib/check/brackets";
import { organNames } from "@/lib/check/preamble-rules";
import { emptyReport } from "@/lib/report/empty";
import { draftPreamble } from "@/lib/report/preamble";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

const PREAMBLE_RULES = ["W7.organ", "W7.structure", "W7.period", "W7.brackets"];
const preambleFindings = (r: Report) => findingsOf("W7", r).filter((f) => PREAMBLE_RULES.includes(f.rule));

describe("organNames", () => {
  it("strips 人民政府 and the region, so 原州区官厅镇 names 原州区官厅镇人民政府", () => {
    expect(organNames("原州区官厅镇人民政府")).toEqual(["原州区官厅镇人民政府", "原州区官厅镇", "官厅镇", "官厅"]);
    expect(organNames("威海市环翠区温泉镇人民政府")).toContain("温泉镇");
    expect(organNames("某市市场监督管理局")).toEqual(["某市市场监督管理局", "市场监督管理局"]);
    expect(organNames("示例区城区街道办事处")).toContain("城区街道");
  });
});

describe.each(BASES)("the preamble, %s", (_, base) => {
  it("the fixture's preamble and the one drafted from 基本信息 give nothing", () => {
    expect(preambleFindings(base())).toEqual([]);
    const r = copy(base());
    r.text.preamble = draftPreamble(r);
    expect(preambleFindings(r)).toEqual([]);
  });

  it("W7.organ: a preamble copied from another organ's report", () => {
    const r = copy(base());
    const other = { ...r, organ: { ...r.organ, name: "示例区南河镇人民政府" }, meta: { ...r.meta, contact: { office: "党政办公室" } } };
    r.text.preamble = draftPreamble(other);
    const f = preambleFindings(r);
    expect(f.map((x) => [x.rule, x.field])).toEqual([["W7.organ", "text.preamble"]]);
    expect(f[0].message).toContain(`没有提到本机关（${r.organ.name}）`);
  });

  it("W7.structure: the old nine-part outline (概述……附表)", () => {
    const r = copy(base());
    r.text.preamble = `${r.text.preamble}\n本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进措施、其他需要报告的事项、附表组成。`;
    const f = preambleFindings(r);
    expect(f.map((x) => x.rule)).toEqual(["W7.structure"]);
    expect(f[0].message).toContain("总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况");
    expect(f[0].message).toContain("六部分组成");
  });

  it("W7.period: no statistical year, or a statistical period of another year", () => {
    const r = copy(base());
    r.text.preamble = `根据《中华人民共和国政府信息公开条例》要求，${r.organ.name}编制本报告。`;
    expect(preambleFindings(r).map((x) => x.rule)).toEqual(["W7.period"]);
    r.text.preamble = `${r.organ.name}${r.year}年政府信息公开工作年度报告。本报告中所列数据的统计期限自${r.year - 1}年1月1日起至${r.year - 1}年12月31日止。`;
    expect(preambleFindings(r).map((x) => x.rule)).toEqual(["W7.period"]);
    r.text.preamble = `${r.organ.name}编制本报告。本报告中所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`;
    expect(preambleFindings(r)).toEqual([]);
  });

  it("an empty preamble gives none of them (W7.empty is for the sections)", () => {
    const r = copy(base());
    r.text.preamble = "";
    expect(preambleFindings(r)).toEqual([]);
  });

  it("W7.brackets: an unbalanced （） or 《》 in any text, at that text", () => {
    const r = copy(base());
    expect(findingsOf("W7.brackets", r)).toEqual([]);
    r.text.other += "\n认真落实《政府信息公开信息处理费管理办法，本年度未收取信息处理费。";
    r.text.overview.management += "建立保密审查制度（含发布前审核。";
    const f = findingsOf("W7.brackets", r);
    expect(f.map((x) => x.field)).toEqual(["text.overview.management", "text.other"]);
    expect(f[1].message).toContain("括号《》不成对");
    expect(f[0].message).toContain("括号（）不成对");
  });
});

describe("unbalancedBrackets", () => {
  it("pairs full- and half-width round brackets, and ignores list numbers", () => {
    expect(unbalancedBrackets("根据《条例》（以下简称《条例》)规定。")).toEqual([]);
    expect(unbalancedBrackets("改进措施：1）加强培训；2）完善制度。\n一）公开；二）解读。")).toEqual([]);
    expect(unbalancedBrackets("按《条例》规定）执行。")).toEqual([{ pair: "（）", at: 7 }]);
    expect(unbalancedBrackets("依据《条例》《规定")).toEqual([{ pair: "《》", at: 6 }]);
  });

  it("a new report's drafted preamble is balanced", () => {
    const r = emptyReport({ year: 2024, organName: "示例区东湖镇人民政府", organKind: "township" });
    expect(unbalancedBrackets(draftPreamble(r))).toEqual([]);
  });
});
