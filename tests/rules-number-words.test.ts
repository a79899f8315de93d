/**
 * W3 reads numbers as clerks write them: full-width digits (申请１６件), 份 and 条 where the
 * clause is about applications, Chinese numerals with 零 inside (一百零五件), 共计 and 累计.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/check/text-facts";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const facts = (text: string, onRequest = true) => extractFacts(text, onRequest).map((f) => [f.kind, f.value]);

describe("reading the numbers", () => {
  it("full-width digits", () => {
    expect(facts("本年度收到政府信息公开申请１６件，办结１５件。")).toEqual([
      ["newRequests", 16],
      ["totalHandled", 15],
    ]);
  });

  it("份 and 条 when the clause is about applications, not otherwise", () => {
    expect(facts("本年度收到政府信息公开申请16份。")).toEqual([["newRequests", 16]]);
    expect(facts("收到16条信息公开申请。")).toEqual([["newRequests", 16]]);
    expect(facts("收到群众留言16条，公开政府信息101条。")).toEqual([]);
  });

  it("Chinese numerals with 零 inside", () => {
    expect(facts("本年度共收到申请一百零五件。")).toEqual([["newRequests", 105]]);
    expect(facts("本年度共收到申请两千零三件。")).toEqual([["newRequests", 2003]]);
  });

  it("共计 and 累计", () => {
    expect(facts("本年度共计16件政府信息公开申请。")).toEqual([["newRequests", 16]]);
    expect(facts("全年累计收到申请16件，累计办结15件。")).toEqual([
      ["newRequests", 16],
      ["totalHandled", 15],
    ]);
    expect(facts("本年度收到政府信息公开申请共计16件。")).toEqual([["newRequests", 16]]);
    // 共计 after another quantity's word is that quantity's, never 新收.
    expect(facts("全年办结共计15件。")).toEqual([["totalHandled", 15]]);
  });
});

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

describe.each(BASES)("W3 on numbers as clerks write them, %s", (_, base) => {
  const written = (n: number) => [
    `本年度收到政府信息公开申请${String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}件。`,
    `本年度收到政府信息公开申请${n}份。`,
    `本年度共计${n}件政府信息公开申请。`,
  ];

  it("agree with 一、本年新收 总计: no finding", () => {
    const r = copy(base());
    const n = r.tables.requests.newRequests[6]!;
    for (const text of written(n)) {
      r.text.overview.onRequest = text;
      expect(findingsOf("W3", r), text).toEqual([]);
    }
  });

  it("disagree: W3.newRequests at 一、本年新收 总计, quoting the text as typed", () => {
    const r = copy(base());
    const n = r.tables.requests.newRequests[6]!;
    for (const text of written(n + 1)) {
      r.text.overview.onRequest = text;
      const f = findingsOf("W3", r);
      expect(f.map((x) => x.rule), text).toEqual(["W3.newRequests"]);
      expect(f[0].message).toContain(`“${text.replace(/。$/, "")}”`);
      expect(f[0].message).toContain(`说${n + 1} 件`);
    }
  });

  it("一百零五件 against a table that says otherwise", () => {
    const r = copy(base());
    r.tables.requests.newRequests = [100, 5, 0, 0, 0, 0, 105];
    r.text.overview.onRequest = "本年度共收到政府信息公开申请一百零五件。";
    expect(findingsOf("W3.newRequests", r)).toEqual([]);
    r.text.overview.onRequest = "本年度共收到政府信息公开申请一百零六件。";
    expect(findingsOf("W3.newRequests", r)).toHaveLength(1);
  });
});
