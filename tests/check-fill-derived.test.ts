import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { fillDerived, fillDerivedInPlace } from "@/lib/report/fill-derived";
import type { Report } from "@/lib/report/types";
import { copy } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

/** Every cell the template computes: table 三's 总计 column and （七）总计 row, table 四's 总计. */
function zeroDerived(r: Report): Report {
  for (const row of Object.values(r.tables.requests)) row[6] = 0;
  r.tables.requests.totalHandled.fill(0);
  for (const row of Object.values(r.tables.appeals)) row[4] = 0;
  return r;
}

describe("fillDerived", () => {
  it.each(["demo-county-department-2021", "demo-county-department-2022", "demo-town-2020"])(
    "recomputes every 总计 of %s from the inputs",
    (name) => {
      const original = loadFixture(name);
      const zeroed = zeroDerived(copy(original));
      expect(fillDerived(zeroed)).toEqual(original);
    },
  );

  it("returns a copy and leaves its input alone; fillDerivedInPlace writes in place", () => {
    const zeroed = zeroDerived(copy(loadFixture("demo-county-department-2021")));
    const filled = fillDerived(zeroed);
    expect(filled).not.toBe(zeroed);
    expect(zeroed.tables.requests.newRequests[6]).toBe(0);
    expect(filled.tables.requests.newRequests[6]).toBe(49);
    expect(fillDerivedInPlace(zeroed)).toBe(zeroed);
    expect(zeroed.tables.requests.newRequests[6]).toBe(49);
  });

  it("counts a blank addend as 0 and does not fill the blank", () => {
    const r = copy(loadFixture("demo-county-department-2021"));
    r.tables.requests.granted = [1, null, 2, 0, 0, 0, null];
    const filled = fillDerived(r);
    expect(filled.tables.requests.granted).toEqual([1, null, 2, 0, 0, 0, 3]);
    expect(filled.tables.requests.totalHandled[1]).toBe(r.tables.requests.totalHandled[1]! - 3);
    const rules = check(filled, undefined, { tablesOnly: true }).map((f) => `${f.rule}@${f.row}/${f.column}`);
    expect(rules).toContain("R5@granted/1");
    expect(rules.filter((x) => /^R[234]/.test(x))).toEqual([]);
  });
});
