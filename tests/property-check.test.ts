/**
 * Properties of check() on random reports of both formats:
 * a report built from random inputs by fillDerived, balanced so that R1 holds,
 * has no R-finding; and changing any one cell of table 三 or 四 by k ≠ 0 gives an
 * R-finding that names that cell.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { emptyReport } from "@/lib/report/empty";
import { fillDerivedInPlace } from "@/lib/report/fill-derived";
import type { Report } from "@/lib/report/types";
import { leafRows, getTemplate, type FormatId } from "@/lib/template";

const FORMATS: Array<[FormatId, number]> = [
  ["2021", 2022],
  ["2019", 2020],
];

const HANDLED_ROWS = (format: FormatId) =>
  leafRows(getTemplate(format).tables.requests.rows)
    .map((r) => r.id)
    .filter((id) => !["newRequests", "carriedOver", "totalHandled", "carriedForward"].includes(id));

const count = fc.nat({ max: 40 });

/** Random inputs of every input cell; then handled ≤ new + carried over per column, and 四 the rest. */
function arbitraryReport(format: FormatId, year: number): fc.Arbitrary<Report> {
  const rows = HANDLED_ROWS(format);
  const six = fc.array(count, { minLength: 6, maxLength: 6 });
  return fc
    .record({
      newRequests: six,
      carriedOver: six,
      handled: fc.array(six, { minLength: rows.length, maxLength: rows.length }),
      appeals: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
      proactive: fc.array(fc.integer({ min: -20, max: 500 }), { minLength: 30, maxLength: 30 }),
    })
    .map((x) => {
      const r = emptyReport({ year, organName: "示例区某局", organKind: "county-department", format });
      const q = r.tables.requests;
      q.newRequests = [...x.newRequests, 0];
      q.carriedOver = [...x.carriedOver, 0];
      rows.forEach((id, i) => (q[id] = [...x.handled[i], 0]));
      for (let c = 0; c < 6; c++) {
        // Scale the outcomes down so that they never exceed what was to be handled.
        const available = x.newRequests[c] + x.carriedOver[c];
        let handled = rows.reduce((s, id) => s + q[id][c]!, 0);
        for (const id of rows) {
          if (handled <= available) break;
          const cut = Math.min(q[id][c]!, handled - available);
          q[id][c]! -= cut;
          handled -= cut;
        }
        q.carriedForward[c] = available - handled;
      }
      const groups = Object.keys(r.tables.appeals);
      groups.forEach((g, i) => (r.tables.appeals[g] = [...x.appeals[i], 0]));
      let k = 0;
      for (const [rowKey, row] of Object.entries(r.tables.proactive)) {
        for (const field of Object.keys(row)) {
          const v = x.proactive[k++ % x.proactive.length];
          row[field] = field === "change" ? v : Math.abs(v);
        }
        if (rowKey === "regulations") for (const field of Object.keys(row)) row[field] = 0;
      }
      return fillDerivedInPlace(r);
    });
}

const rFindings = (r: Report) => check(r, undefined, { tablesOnly: true }).filter((f) => f.rule.startsWith("R"));

describe.each(FORMATS)("check() properties, %s format", (format, year) => {
  const reports = arbitraryReport(format, year);

  it("a random balanced report has no R-finding (and no table warning)", () => {
    fc.assert(
      fc.property(reports, (r) => {
        expect(check(r, undefined, { tablesOnly: true })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("changing any one cell of table 三 or 四 by k ≠ 0 gives an R-finding naming that cell", () => {
    const template = getTemplate(format);
    const cells = [
      ...leafRows(template.tables.requests.rows).flatMap((row) =>
        template.tables.requests.columns.map((_, column) => ({ table: "requests" as const, row: row.id, column })),
      ),
      ...template.tables.appeals.groups.flatMap((g) =>
        template.tables.appeals.columns.map((_, column) => ({ table: "appeals" as const, row: g.key, column })),
      ),
    ];
    fc.assert(
      fc.property(
        reports,
        fc.constantFrom(...cells),
        fc.integer({ min: -50, max: 50 }).filter((k) => k !== 0),
        (r, ref, k) => {
          r.tables[ref.table][ref.row][ref.column]! += k;
          const hits = rFindings(r).filter(
            (f) =>
              (f.table === ref.table && f.row === ref.row && f.column === ref.column) ||
              f.cells?.some((c) => c.table === ref.table && c.row === ref.row && c.column === ref.column),
          );
          expect(hits.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
