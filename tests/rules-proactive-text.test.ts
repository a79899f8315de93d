/**
 * W3 covers table 二: 制发行政规范性文件3件, 现行有效规范性文件393件, 行政许可决定120件,
 * 收取行政事业性收费12.5万元 … against their cells, in both formats; a number that cannot
 * be tied to one cell is never a finding.
 */
import { describe, expect, it } from "vitest";
import { extractProactiveFacts } from "@/lib/check/proactive-numbers";
import type { Report } from "@/lib/report/types";
import { getTemplate, TEMPLATES } from "@/lib/template";
import { PROACTIVE_WORDS } from "@/lib/template/narrative-words";
import { copy, findingsOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const cellsOf = (text: string, format: Report["format"]) =>
  extractProactiveFacts(text, format).map((f) => `${f.row}.${f.field}=${f.value}`);

describe("the words of table 二", () => {
  it.each(TEMPLATES.map((t) => [t.format]))("name rows and fields of the %s format", (format) => {
    const t = getTemplate(format);
    const rows = new Set(t.tables.proactive.blocks.flatMap((b) => b.rows.map((r) => r.key)));
    const fields = new Set(t.tables.proactive.blocks.flatMap((b) => b.fields.map((f) => f.key)));
    for (const k of Object.keys(PROACTIVE_WORDS[format]!.rows)) expect(rows.has(k), k).toBe(true);
    for (const k of Object.keys(PROACTIVE_WORDS[format]!.fields)) expect(fields.has(k), k).toBe(true);
  });
});

describe("reading table 二 in a text", () => {
  it("2021: 制发, 废止, 现行有效, 决定, 万元", () => {
    expect(cellsOf("本年度制发行政规范性文件3件、废止2件，现行有效规范性文件393件。", "2021")).toEqual([
      "normativeDocuments.issued=3",
      "normativeDocuments.repealed=2",
      "normativeDocuments.inForce=393",
    ]);
    expect(cellsOf("作出行政许可决定120件，收取行政事业性收费１２.５万元。", "2021")).toEqual(["licensing.decisions=120", "fees.amount=12.5"]);
  });

  it("2019: 新制作, 处理决定, 政府集中采购项目 and 金额", () => {
    expect(cellsOf("本年新制作规范性文件5件，作出行政处罚决定12件。", "2019")).toEqual(["normativeDocuments.made=5", "punishment.decisions=12"]);
    expect(cellsOf("政府集中采购项目4个，政府集中采购总金额36.25万元。", "2019")).toEqual(["procurement.projects=4", "procurement.amount=36.25"]);
  });

  it("numbers it cannot tie to one cell give nothing", () => {
    for (const text of [
      "制定规章制度3项，清理规范性文件20件，制发党内规范性文件2件。",
      "规章和规范性文件各3件。",
      "制发并废止规范性文件3件。",
      "行政许可、行政处罚等信息1200条。",
      "公开行政许可事项120项。",
      "行政许可决定公开率100%。",
      "修改和废止规范性文件3件。",
    ]) {
      expect(cellsOf(text, "2021"), text).toEqual([]);
      expect(cellsOf(text, "2019"), text).toEqual([]);
    }
    // 2019 has no 收费金额: 万元 of 行政事业性收费 is no cell of it.
    expect(cellsOf("收取行政事业性收费12.5万元。", "2019")).toEqual([]);
  });
});

const BASES: Array<[string, () => Report, string, { row: string; field: string }]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021"), "制发行政规范性文件", { row: "normativeDocuments", field: "issued" }],
  ["2019 format", () => loadFixture("demo-town-2020"), "新制作规范性文件", { row: "normativeDocuments", field: "made" }],
];

describe.each(BASES)("W3.proactive, %s", (_, base, words, at) => {
  it("a count that agrees gives nothing; one that does not is a warning at its cell", () => {
    const r = copy(base());
    const n = r.tables.proactive[at.row][at.field]!;
    r.text.overview.proactive = `本年度${words}${n}件。`;
    expect(findingsOf("W3", r)).toEqual([]);
    r.text.overview.proactive = `本年度${words}${n + 2}件。`;
    const f = findingsOf("W3", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "W3.proactive", severity: "warning", field: "text.overview.proactive" });
    expect(f[0].cells).toEqual([{ table: "proactive", ...at, column: at.field }].map(({ table, row, column }) => ({ table, row, column })));
    expect(f[0].message).toContain(`说${n + 2} 件，但表二`);
    expect(f[0].message).toContain(`为 ${n}。`);
  });

  it("行政许可决定 N 件 against 本年处理决定数量", () => {
    const r = copy(base());
    const n = r.tables.proactive.licensing.decisions!;
    r.text.overview.proactive = `全年作出行政许可决定${n}件。`;
    expect(findingsOf("W3", r)).toEqual([]);
    r.text.overview.proactive = `全年作出行政许可决定${n + 1}件。`;
    expect(findingsOf("W3", r).map((f) => f.rule)).toEqual(["W3.proactive"]);
  });
});

describe("W3.proactive on money (2021 format)", () => {
  it("收取行政事业性收费 N 万元, compared as the text rounds it", () => {
    const r = copy(loadFixture("demo-county-department-2021"));
    r.tables.proactive.fees.amount = 12.526;
    r.text.overview.proactive = "本年度收取行政事业性收费12.53万元。";
    expect(findingsOf("W3", r)).toEqual([]);
    r.text.overview.proactive = "本年度收取行政事业性收费12.5万元。";
    expect(findingsOf("W3", r)).toEqual([]);
    r.text.overview.proactive = "本年度收取行政事业性收费12.6万元。";
    const f = findingsOf("W3", r);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("说12.6 万元，但表二 行政事业性收费");
    expect(f[0].message).toContain("为 12.526。");
  });
});
