import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { sumReports } from "@/lib/report/totals";
import { check } from "@/lib/check";

const unit = (name: string) => emptyReport({ year: 2024, organName: name, organKind: "township" });

describe("sumReports", () => {
  it("adds tables 三 and 四 cell by cell", () => {
    const a = unit("东湖镇");
    const b = unit("西山镇");
    a.tables.requests.newRequests[0] = 3;
    b.tables.requests.newRequests[0] = 4;
    b.tables.appeals.reconsideration[1] = 2;
    const { report, count } = sumReports([a, b], { year: 2024, format: "2021", organName: "合计" });
    expect(count).toBe(2);
    expect(report.tables.requests.newRequests[0]).toBe(7);
    expect(report.tables.appeals.reconsideration[1]).toBe(2);
    expect(report.tables.requests.newRequests[1]).toBe(0);
  });

  it("keeps a cell blank only when it is blank everywhere, and skips other formats", () => {
    const a = unit("东湖镇");
    const b = unit("西山镇");
    a.tables.requests.newRequests[2] = null;
    b.tables.requests.newRequests[2] = null;
    a.tables.requests.newRequests[3] = null;
    b.tables.requests.newRequests[3] = 2;
    const old = emptyReport({ year: 2019, organName: "旧格式", format: "2019" });
    const { report, count, skipped } = sumReports([a, b, old], { year: 2024, format: "2021", organName: "合计" });
    expect([count, skipped]).toEqual([2, 1]);
    expect(report.tables.requests.newRequests[2]).toBeNull();
    expect(report.tables.requests.newRequests[3]).toBe(2);
  });

  it("sums consistent reports into a consistent report (the relations are linear)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 50 }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const reports = rows.map((r, i) => {
          const rep = unit(`单位${i}`);
          // Every new request granted in full: 一 = 三（一） column by column, so R1–R4 hold after fillDerived.
          for (let c = 0; c < 6; c++) {
            rep.tables.requests.newRequests[c] = r[c];
            rep.tables.requests.granted[c] = r[c];
          }
          rep.meta.signedOn = "2025-01-20";
          return fillDerived(rep);
        });
        for (const r of reports) expect(check(r).filter((f) => f.severity === "error")).toEqual([]);
        const { report } = sumReports(reports, { year: 2024, format: "2021", organName: "合计" });
        expect(check(report).filter((f) => f.severity === "error" && f.table !== undefined)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
