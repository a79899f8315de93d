import { describe, expect, it } from "vitest";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { mergeDrafts, type DraftState } from "@/lib/report/merge";

const draft = (): DraftState => ({ report: fillDerived(emptyReport({ year: 2024, organName: "示例区西山镇人民政府", organKind: "township" })), acks: {} });

describe("mergeDrafts (three-way, field by field)", () => {
  it("keeps both sides when they changed different items: a table 四 cell here, section 六 there", () => {
    const base = draft();
    const mine = structuredClone(base);
    mine.report.text.other = "本年度无其他需要报告的事项。";
    const theirs = structuredClone(base);
    theirs.report.tables.appeals.reconsideration[0] = 15;
    const { merged, conflicts } = mergeDrafts(base, mine, fillTheirs(theirs));
    expect(conflicts).toEqual([]);
    expect(merged.report.tables.appeals.reconsideration[0]).toBe(15);
    expect(merged.report.text.other).toBe("本年度无其他需要报告的事项。");
    // The sum is recomputed from the merged addends, never taken from either side.
    expect(merged.report.tables.appeals.reconsideration[4]).toBe(15);
  });

  it("recomputes totals when both sides changed different addends of one sum", () => {
    const base = draft();
    const mine = structuredClone(base);
    mine.report.tables.requests.newRequests[0] = 3;
    const theirs = structuredClone(base);
    theirs.report.tables.requests.newRequests[1] = 4;
    const { merged, conflicts } = mergeDrafts(base, fillTheirs(mine), fillTheirs(theirs));
    expect(conflicts).toEqual([]);
    expect(merged.report.tables.requests.newRequests.slice(0, 2)).toEqual([3, 4]);
    expect(merged.report.tables.requests.newRequests[6]).toBe(7);
  });

  it("a change made the same way on both sides (a committed save never acknowledged) is no conflict", () => {
    const base = draft();
    const theirs = structuredClone(base);
    theirs.report.tables.requests.granted[0] = 2;
    const mine = structuredClone(theirs);
    mine.report.tables.requests.granted[1] = 5;
    const { merged, conflicts } = mergeDrafts(base, fillTheirs(mine), fillTheirs(theirs));
    expect(conflicts).toEqual([]);
    expect(merged.report.tables.requests.granted.slice(0, 2)).toEqual([2, 5]);
  });

  it("an item changed differently on both sides is a conflict, labelled, theirs until mine is chosen", () => {
    const base = draft();
    const mine = structuredClone(base);
    mine.report.tables.appeals.reconsideration[0] = 40;
    mine.report.text.problems = "我的问题";
    const theirs = structuredClone(base);
    theirs.report.tables.appeals.reconsideration[0] = 15;
    theirs.report.text.problems = "他们的问题";
    theirs.report.text.other = "他们的其他事项";
    const first = mergeDrafts(base, fillTheirs(mine), fillTheirs(theirs));
    expect(first.conflicts.map((c) => [c.label, c.mine, c.theirs])).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/^表四 .*行政复议.*结果维持/), "40", "15"],
        [expect.stringMatching(/^五、/), "我的问题", "他们的问题"],
      ]),
    );
    expect(first.conflicts).toHaveLength(2);
    expect(first.merged.report.tables.appeals.reconsideration[0]).toBe(15);
    const cell = first.conflicts.find((c) => c.mine === "40")!;
    const chosen = mergeDrafts(base, fillTheirs(mine), fillTheirs(theirs), { [cell.id]: "mine" });
    expect(chosen.merged.report.tables.appeals.reconsideration[0]).toBe(40);
    expect(chosen.merged.report.tables.appeals.reconsideration[4]).toBe(40);
    expect(chosen.merged.report.text.problems).toBe("他们的问题");
    expect(chosen.merged.report.text.other).toBe("他们的其他事项");
  });

  it("merges warning confirmations per warning, removals included", () => {
    const base = draft();
    base.acks = { a: "理由甲", b: "理由乙" };
    const mine = structuredClone(base);
    delete mine.acks.a;
    const theirs = structuredClone(base);
    theirs.acks.c = "理由丙";
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.acks).toEqual({ b: "理由乙", c: "理由丙" });
  });

  it("does not change its inputs", () => {
    const base = draft();
    const mine = structuredClone(base);
    mine.report.tables.requests.granted[0] = 1;
    const theirs = structuredClone(base);
    const snapshot = JSON.stringify(theirs);
    mergeDrafts(base, mine, theirs);
    expect(JSON.stringify(theirs)).toBe(snapshot);
  });
});

function fillTheirs(d: DraftState): DraftState {
  return { report: fillDerived(d.report), acks: d.acks };
}
