/**
 * W7.heading: a text that begins with its own heading ("（一）夯实基础…" in the box of
 * （五）监督保障) prints two headings; withoutPastedHeading removes it. Both formats.
 */
import { describe, expect, it } from "vitest";
import { headingOf, pastedHeading, withoutPastedHeading } from "@/lib/check/heading-echo";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

describe("pastedHeading / withoutPastedHeading", () => {
  const part = "（五）监督保障";
  const section = "五、存在的主要问题及改进情况";

  it("a heading line goes with its line break", () => {
    const text = "（一）夯实基础\n本年度组织培训3次。";
    expect(pastedHeading(text, part)).toEqual({ removed: "（一）夯实基础", shown: "（一）夯实基础" });
    expect(withoutPastedHeading(text, part)).toBe("本年度组织培训3次。");
    expect(withoutPastedHeading("　　五、存在的主要问题及改进情况\n\n一是公开不及时。", section)).toBe("一是公开不及时。");
  });

  it("a heading run into its text loses only its number", () => {
    expect(withoutPastedHeading("（一）加强领导，健全组织体系。本年度调整了领导小组。", part)).toBe("加强领导，健全组织体系。本年度调整了领导小组。");
  });

  it("a text without a heading of that level is left alone", () => {
    for (const [text, heading] of [
      ["本年度组织培训3次。", part],
      ["（一）存在的主要问题\n公开不及时。", section],
      ["一是公开不及时。", section],
      ["1.加强培训。", part],
    ]) {
      expect(pastedHeading(text, heading), text).toBeUndefined();
      expect(withoutPastedHeading(text, heading)).toBe(text);
    }
  });
});

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

describe.each(BASES)("W7.heading, %s", (_, base) => {
  it("a part of 一 that begins with another part's heading: a warning at that part; the fix clears it", () => {
    const r = copy(base());
    expect(findingsOf("W7.heading", r)).toEqual([]);
    const body = r.text.overview.oversight;
    r.text.overview.oversight = `（一）夯实基础，强化保障\n${body}`;
    const f = findingsOf("W7.heading", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "text.overview.oversight" });
    expect(f[0].message).toContain("正文以“（一）夯实基础，强化保障”开头");
    expect(f[0].message).toContain("已印有标题“（五）监督保障”");
    r.text.overview.oversight = withoutPastedHeading(r.text.overview.oversight, headingOf(r, "text.overview.oversight"));
    expect(r.text.overview.oversight).toBe(body);
    expect(findingsOf("W7.heading", r)).toEqual([]);
  });

  it("五 or 六 that begins with its section heading; a （一） sub-heading there is fine", () => {
    const r = copy(base());
    r.text.problems = `（一）存在的主要问题\n${r.text.problems}`;
    expect(findingsOf("W7.heading", r)).toEqual([]);
    r.text.other = `六、其他需要报告的事项\n${r.text.other}`;
    expect(findingsOf("W7.heading", r).map((x) => x.field)).toEqual(["text.other"]);
  });
});
