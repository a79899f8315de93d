import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { DEMO_FIXTURES, loadFixture, SAMPLE_FIXTURES } from "./support/fixtures";

describe("fixtures", () => {
  it.each(SAMPLE_FIXTURES)("the published sample %s has no error but its signature date (R7)", (name) => {
    expect(check(loadFixture(name)).filter((f) => f.severity === "error" && !f.rule.startsWith("R7."))).toEqual([]);
  });

  it("the published samples give only the findings they deserve", () => {
    // 官厅镇 and 寒葱沟镇 published no 落款日期; 温泉镇 signed on the last day of the statistical year.
    expect(check(loadFixture("guanting-town-2021")).map((f) => [f.rule, f.field])).toEqual([["R7.missing", "meta.signedOn"]]);
    expect(check(loadFixture("wenquan-town-2021")).map((f) => [f.rule, f.field])).toEqual([["R7.early", "meta.signedOn"]]);
    // 寒葱沟镇 2020 published no section 六.
    expect(check(loadFixture("hanconggou-town-2020")).map((f) => [f.rule, f.field])).toEqual([
      ["R7.missing", "meta.signedOn"],
      ["W7.empty", "text.other"],
    ]);
  });

  it.each(DEMO_FIXTURES)("the demo report %s checks clean of errors and warnings", (name) => {
    expect(check(loadFixture(name))).toEqual([]);
  });

  it("the demo 2022 report checks clean against its 2021 report (W1, W2, W6)", () => {
    const r2022 = loadFixture("demo-county-department-2022");
    const r2021 = loadFixture("demo-county-department-2021");
    expect(r2022.tables.requests.carriedOver).toEqual(r2021.tables.requests.carriedForward);
    expect(check(r2022, r2021)).toEqual([]);
  });

  it("every demo table has non-zero numbers, and demo-town-2020 a negative 本年增/减", () => {
    for (const name of DEMO_FIXTURES) {
      const t = loadFixture(name).tables;
      for (const table of [t.proactive, t.requests, t.appeals]) {
        expect(Object.values(table).some((row) => Object.values(row).some((v) => typeof v === "number" && v !== 0)), name).toBe(true);
      }
    }
    const town = loadFixture("demo-town-2020").tables.proactive;
    expect(Object.values(town).some((row) => typeof row.change === "number" && row.change < 0)).toBe(true);
  });
});
