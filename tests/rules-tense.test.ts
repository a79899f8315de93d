/** W7.tense: 五 that writes the report year's improvements as plans ("2020年，我镇将继续加大工作力度"), both formats. */
import { describe, expect, it } from "vitest";
import { planSentences } from "@/lib/check/tense";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

describe("planSentences", () => {
  it("finds sentences that open with the report year and go on as a plan", () => {
    expect(planSentences("存在问题：公开不及时。2020年，我镇将继续加大工作力度，提高公开质量。", 2020)).toEqual([
      "2020年，我镇将继续加大工作力度，提高公开质量",
    ]);
    expect(planSentences("一是2020年度拟进一步规范公开目录", 2020)).toEqual(["一是2020年度拟进一步规范公开目录"]);
  });

  it("leaves alone what was done, what is for the next year, and sentences that do not open with the year", () => {
    for (const text of [
      "2020年，我镇重新调整了任务分工，增强了队伍建设。",
      "2020年，我镇将继续加大工作力度，已完成公开目录更新。",
      "2020年存在的问题，下一步将继续整改。",
      "2020年，2021年将继续加大工作力度。",
      "在2021年的工作中，我镇将更加重视政府信息公开工作。",
      "针对2020年存在的问题，我镇将继续加大工作力度。",
      "2020年12月，我镇将公开目录全面更新。",
    ]) {
      expect(planSentences(text, 2020), text).toEqual([]);
    }
  });
});

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

describe.each(BASES)("W7.tense, %s", (_, base) => {
  it("a warning at 五 that names the sentence", () => {
    const r = copy(base());
    expect(findingsOf("W7.tense", r)).toEqual([]);
    r.text.problems += `\n${r.year}年，我单位将继续加大工作力度，进一步提升公开质量。`;
    const f = findingsOf("W7.tense", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "text.problems" });
    expect(f[0].message).toContain(`“${r.year}年，我单位将继续加大工作力度，进一步提升公开质量”`);
    expect(f[0].message).toContain(`写明“${r.year + 1}年”或“下一步”`);
  });

  it("the same plan for the next year is right", () => {
    const r = copy(base());
    r.text.problems += `\n${r.year + 1}年，我单位将继续加大工作力度。`;
    expect(findingsOf("W7.tense", r)).toEqual([]);
  });
});
