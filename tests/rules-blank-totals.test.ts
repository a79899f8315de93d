/**
 * Rules that read a 总计 (W3, W1, W5.feeUnpaid) on reports that leave 总计 blank on the
 * detail rows, as published and imported reports often do: the blank 总计 is read as the
 * sum of the row's own cells (and the message says so); the blank stays an R5 finding.
 */
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { matrixTotal } from "@/lib/check/matrix-total";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf, previousOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

const TOTAL = 6;
const sumOfParts = (row: Array<number | null>) => row.slice(0, TOTAL).reduce<number>((a, b) => a + (b ?? 0), 0);

/** Every 总计 of table 三 and 四 blank, the other cells as they were. */
function blankTotals(r: Report): Report {
  for (const row of Object.values(r.tables.requests)) row[TOTAL] = null;
  for (const row of Object.values(r.tables.appeals)) row[row.length - 1] = null;
  return r;
}

describe.each(BASES)("blank 总计, %s", (_, base) => {
  it("matrixTotal reads a blank 总计 from its row, and nothing from a blank row", () => {
    const r = blankTotals(copy(base()));
    const granted = r.tables.requests.granted;
    expect(matrixTotal(r, "requests", "granted")).toEqual({ value: sumOfParts(granted), fromParts: true });
    expect(matrixTotal(base(), "requests", "granted")).toEqual({ value: base().tables.requests.granted[TOTAL], fromParts: false });
    r.tables.requests.granted = granted.map(() => null);
    expect(matrixTotal(r, "requests", "granted")).toBeUndefined();
  });

  it("W3 holds when the text agrees with the rows whose 总计 is blank; R5 still reports the blanks", () => {
    const r = blankTotals(copy(base()));
    expect(findingsOf("W3", r)).toEqual([]);
    expect(findingsOf("R5", r).length).toBe(Object.keys(r.tables.requests).length + Object.keys(r.tables.appeals).length);
  });

  it("W3 finds 予以公开及部分公开 N 件 against the sum of the rows' cells, and says the 总计 was blank", () => {
    const r = blankTotals(copy(base()));
    const both = sumOfParts(r.tables.requests.granted) + sumOfParts(r.tables.requests.partlyGranted);
    r.text.overview.onRequest = `本年度予以公开及部分公开${both}件。`;
    expect(findingsOf("W3", r)).toEqual([]);
    r.text.overview.onRequest = `本年度予以公开及部分公开${both + 17}件。`;
    const f = findingsOf("W3", r);
    expect(f.map((x) => x.rule)).toEqual(["W3.grantedOrPartly"]);
    expect(f[0].message).toContain(`为 ${both}（总计栏空白，按各类申请人之和计）`);
  });

  it("W3 finds 无法提供 N 件 against the three 无法提供 rows with blank 总计", () => {
    const r = blankTotals(copy(base()));
    const rows = Object.entries(r.tables.requests).filter(([k]) => k.startsWith("unavailable."));
    const sum = rows.reduce((a, [, row]) => a + sumOfParts(row), 0);
    r.text.overview.onRequest = `本年度无法提供${sum + 72}件。`;
    const f = findingsOf("W3", r);
    expect(f.map((x) => x.rule)).toEqual(["W3.unavailable"]);
    expect(f[0].message).toContain(`为 ${sum}（总计栏空白`);
  });

  it("W3 on table 四 with blank 总计: 行政复议 N 件 against 结果维持 … 尚未审结", () => {
    const r = blankTotals(copy(base()));
    const rec = r.tables.appeals.reconsideration;
    const sum = rec.slice(0, 4).reduce<number>((a, b) => a + (b ?? 0), 0);
    r.text.other += `\n本年度因政府信息公开引起行政复议${sum + 1}件。`;
    const f = findingsOf("W3", r);
    expect(f.map((x) => x.rule)).toEqual(["W3.reconsideration"]);
    expect(f[0].message).toContain("（总计栏空白，按各项结果之和计）");
  });

  it("W1 compares a blank 总计 of 二、上年结转 or of last year's 四 by the rows' cells", () => {
    const r = copy(base());
    const prev = previousOf(r);
    r.tables.requests.carriedOver[TOTAL] = null;
    prev.tables.requests.carriedForward[TOTAL] = null;
    expect(findingsOf("W1", r, prev)).toEqual([]);
    prev.tables.requests.carriedForward[0] = (prev.tables.requests.carriedForward[0] ?? 0) + 2;
    const f = findingsOf("W1", r, prev);
    // The changed column, and the 总计 read from both rows.
    expect(f.map((x) => x.column)).toEqual([0, TOTAL]);
    expect(f[1].message).toContain("（总计栏空白，按各类申请人之和计）");
  });
});

describe("W5.feeUnpaid with a blank 总计 (2021 format)", () => {
  it("reads （六）2 from its row", () => {
    const r = copy(loadFixture("demo-county-department-2021"));
    r.text.other = "本年度不涉及信息处理费。";
    r.tables.requests["otherHandling.feeUnpaid"] = [1, 0, 0, 0, 0, 0, null];
    expect(check(r).filter((f) => f.rule === "W5.feeUnpaid")).toHaveLength(1);
    r.tables.requests["otherHandling.feeUnpaid"] = [0, 0, 0, 0, 0, 0, null];
    expect(check(r).filter((f) => f.rule === "W5.feeUnpaid")).toEqual([]);
  });
});
