/** Year over year: changed cells, the W1/W2 breaks at their cells, and what the texts copied (W6). */
import { describe, expect, it } from "vitest";
import { cellKey, setCell } from "@/lib/report/cells";
import { compareYears } from "@/lib/report/compare";
import { compareText, splitParagraphs } from "@/lib/report/compare-texts";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { reportFromPrevious } from "@/lib/report/from-previous";
import type { Report } from "@/lib/report/types";
import { getTemplate, proactiveField, proactiveRow, requestRowId, totalColumn, type CellRef } from "@/lib/template";

const ORGAN = { organName: "示例区西山镇人民政府", organKind: "township" as const };
const t = getTemplate("2021");
const NEW = requestRowId(t, "newRequests");
const OVER = requestRowId(t, "carriedOver");
const FORWARD = requestRowId(t, "carriedForward");
const GRANTED = requestRowId(t, "granted");
const { block, row: NORMATIVE } = proactiveRow(t, "normativeDocuments");
const IN_FORCE = proactiveField(t, block, "inForce").key;
const ISSUED = proactiveField(t, block, "issued").key;

const PROBLEMS_2036 =
  "一是重视程度需要提升，极少数干部对信息公开工作重要性认识不足。二是主动意识需要增强，公开内容与群众需求还有差距。\n2037年，我镇将进一步加强政府信息公开工作，组织学习《中华人民共和国政府信息公开条例》。";

function year2036(): Report {
  const r = emptyReport({ year: 2036, ...ORGAN });
  r.tables.requests[NEW] = [3, 1, 0, 0, 0, 0, 0];
  r.tables.requests[GRANTED] = [1, 0, 0, 0, 0, 0, 0];
  r.tables.requests[FORWARD] = [2, 1, 0, 0, 0, 0, 0];
  r.tables.proactive[NORMATIVE.key][IN_FORCE] = 10;
  r.text.problems = PROBLEMS_2036;
  r.text.other = "本机关2036年未收取信息处理费。";
  return fillDerived(r);
}

/** 2037 started from 2036 (结转 carried, texts copied), then written on. */
function year2037(earlier: Report): Report {
  const r = reportFromPrevious(earlier, { year: 2037, ...ORGAN });
  r.tables.requests[NEW] = [5, 1, 0, 0, 0, 0, 0];
  r.tables.requests[GRANTED] = [1, 0, 0, 0, 0, 0, 0];
  r.tables.requests[FORWARD] = [5, 3, 0, 0, 0, 0, 0];
  return fillDerived(r);
}

const req = (row: string, column: number): CellRef => ({ table: "requests", row, column });

describe("compareYears: tables", () => {
  it("lists the cells the clerk changed, not the totals that follow them", () => {
    const a = year2036();
    const b = year2037(a);
    const c = compareYears(a, b);
    const keys = c.changes.map((x) => x.key);
    // 新收 自然人 3 → 5; 上年结转 carried from 2036's 结转 (0 → 2, 0 → 1); 结转下年度 2 → 5, 1 → 3.
    expect(keys).toContain(cellKey(req(NEW, 0)));
    expect(keys).toContain(cellKey(req(OVER, 0)));
    expect(keys).toContain(cellKey(req(FORWARD, 1)));
    const total = totalColumn(t, "requests");
    expect(keys).not.toContain(cellKey(req(NEW, total)));
    expect(keys).not.toContain(cellKey(req(GRANTED, 0)));
    expect(c.changes.find((x) => x.key === cellKey(req(NEW, 0)))).toMatchObject({ before: 3, after: 5, table: "三、收到和处理政府信息公开申请情况" });
    // The total's old value is there for the view, though not counted as a change.
    expect(c.earlierValues[cellKey(req(NEW, total))]).toBe(4);
  });

  it("takes the reports in either order and counts a blank and a 0 as the same", () => {
    const a = year2036();
    const b = year2037(a);
    setCell(a, req(GRANTED, 2), null);
    const c = compareYears(b, a);
    expect([c.earlierYear, c.laterYear, c.adjacent, c.sameFormat]).toEqual([2036, 2037, true, true]);
    expect(c.changes.map((x) => x.key)).not.toContain(cellKey(req(GRANTED, 2)));
  });

  it("marks no break when 二、上年结转 was carried and 现行有效 continues", () => {
    const a = year2036();
    expect(compareYears(a, year2037(a)).breaks).toEqual([]);
  });

  it("marks W1 at this year's 二、上年结转 with last year's 四、结转下年度 as its other side", () => {
    const a = year2036();
    const b = year2037(a);
    setCell(b, req(OVER, 0), 4);
    const c = compareYears(a, fillDerived(b));
    const w1 = c.breaks.filter((x) => x.finding.rule === "W1");
    expect(w1.map((x) => x.at)).toContain(cellKey(req(OVER, 0)));
    const first = w1.find((x) => x.at === cellKey(req(OVER, 0)))!;
    expect(first.earlierCells).toEqual([cellKey(req(FORWARD, 0))]);
    expect(first.expected).toBe(2);
    expect(first.finding.message).toContain("2036年");
  });

  it("marks W2 at 现行有效件数 with last year's 现行有效件数", () => {
    const a = year2036();
    const b = year2037(a);
    b.tables.proactive[NORMATIVE.key][ISSUED] = 2;
    const c = compareYears(a, b);
    const key = cellKey({ table: "proactive", row: NORMATIVE.key, column: IN_FORCE });
    // 10 in force last year ＋ 2 issued − 0 repealed.
    expect(c.breaks.map((x) => [x.finding.rule, x.at, x.earlierCells, x.expected])).toEqual([["W2", key, [key], 12]]);
  });

  it("does not apply the cross-year rules to years further apart", () => {
    const a = year2036();
    const b = year2037(a);
    b.year = 2038;
    setCell(b, req(OVER, 0), 9);
    const c = compareYears(a, b);
    expect(c.adjacent).toBe(false);
    expect(c.breaks).toEqual([]);
    expect(c.texts.some((x) => x.warning)).toBe(false);
    expect(c.changes.length).toBeGreaterThan(0);
  });

  it("compares across formats only the cells both templates have", () => {
    const a = emptyReport({ year: 2020, ...ORGAN });
    a.tables.requests[NEW] = [1, 0, 0, 0, 0, 0, 0];
    const b = reportFromPrevious(fillDerived(a), { year: 2021, ...ORGAN });
    const c = compareYears(a, b);
    expect(c.sameFormat).toBe(false);
    expect(c.changes.map((x) => x.key)).toEqual([cellKey(req(NEW, 0))]);
    // 现行有效件数 is a column of the 2021 format only: nothing to compare it with.
    const inForce = cellKey({ table: "proactive", row: NORMATIVE.key, column: IN_FORCE });
    expect(inForce in c.earlierValues).toBe(false);
    expect(cellKey(req(NEW, 0)) in c.earlierValues).toBe(true);
  });
});

describe("compareYears: texts", () => {
  it("highlights the sentences copied from last year (a changed year still counts as copied) and carries W6 on 五", () => {
    const a = year2036();
    const b = year2037(a);
    b.text.problems = PROBLEMS_2036.replace("2037年", "2038年") + "\n三是整改情况：上年问题已全部整改完毕。";
    const c = compareYears(a, b);
    const problems = c.texts.find((x) => x.field === "text.problems")!;
    expect(problems.warning).toMatch(/^五、存在的主要问题及改进情况：与上年（2036年）报告的相似度为 \d+%/);
    const later = problems.later.flat();
    expect(later.filter((s) => s.mark === "copied")).toHaveLength(3);
    expect(later.at(-1)).toMatchObject({ mark: "new", text: "三是整改情况：上年问题已全部整改完毕。" });
    expect(problems.earlier.flat().every((s) => s.mark === "copied")).toBe(true);
    // The year edit inside a copied sentence is shown.
    const plans = later.find((s) => s.text.startsWith("2038年"))!;
    expect(plans.segments).toEqual(expect.arrayContaining([{ op: "del", text: "2037" }, { op: "ins", text: "2038" }]));
    expect(problems.copiedSentences).toBe(3);
    expect(problems.copiedShare).toBeGreaterThan(0.7);
    expect(problems.copiedShare).toBeLessThan(1);
  });

  it("shows an edited sentence with its edits, a dropped one on last year's side, and no W6 on a rewritten 五", () => {
    const a = year2036();
    const b = year2037(a);
    b.text.problems = "一是重视程度需要提升，少数干部对信息公开工作重要性认识仍然不足。另有新的问题：网站栏目更新不够及时，需要建立定期巡查制度。";
    const c = compareYears(a, b);
    const problems = c.texts.find((x) => x.field === "text.problems")!;
    expect(problems.warning).toBeUndefined();
    const [first, second] = problems.later.flat();
    expect(first.mark).toBe("edited");
    expect(first.segments?.some((s) => s.op === "ins" && s.text.includes("仍然"))).toBe(true);
    expect(second.mark).toBe("new");
    expect(problems.earlier.flat().map((s) => s.mark)).toEqual(["edited", "dropped", "dropped"]);
    expect(problems.copiedSentences).toBe(0);
  });

  it("does not count short formulas as copied", () => {
    const c = compareText("text.other", "六", "无。", "无。");
    expect(c.later).toEqual([[{ text: "无。", mark: "same" }]]);
    expect(c.copiedSentences).toBe(0);
  });

  it("splits paragraphs into sentences, closing quotes staying with their sentence", () => {
    expect(splitParagraphs("他说：“要公开。”随后推进；二是加强！\n\n  第三段")).toEqual([["他说：“要公开。”", "随后推进；", "二是加强！"], ["第三段"]]);
  });
});
