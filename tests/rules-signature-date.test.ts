/**
 * The signature date (落款日期, meta.signedOn), both formats: missing → R7.missing (error);
 * before 1 January of the next year → R7.early (error); after 31 January of the next year →
 * W8 (warning, 条例第四十九条); in January of the next year → nothing. The finding points at
 * meta.signedOn, so the wizard takes the clerk to 基本信息 · 落款日期.
 */
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { describeFinding } from "@/lib/report/describe";
import { stepOfFinding } from "@/lib/report/step-status";
import type { Report } from "@/lib/report/types";
import { getTemplate } from "@/lib/template";
import { copy } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

const dateFindings = (r: Report) => check(r).filter((f) => f.field === "meta.signedOn");

describe.each(BASES)("the signature date, %s", (_, base) => {
  const signed = (on: string | undefined) => {
    const r = copy(base());
    r.meta.signedOn = on;
    return r;
  };

  it("within January of the next year: no finding", () => {
    const r = base();
    for (const day of ["01-01", "01-20", "01-31"]) expect(dateFindings(signed(`${r.year + 1}-${day}`)), day).toEqual([]);
  });

  it("missing: R7.missing, an error at 基本信息 · 落款日期", () => {
    for (const on of [undefined, "", "  "]) {
      const f = dateFindings(signed(on));
      expect(f.map((x) => [x.rule, x.severity]), JSON.stringify(on)).toEqual([["R7.missing", "error"]]);
      expect(f[0].message).toContain("没有落款日期");
      expect(describeFinding(getTemplate(base().format), f[0])).toBe("基本信息 · 落款日期");
      expect(stepOfFinding(f[0])).toBe("basics");
    }
  });

  it("before the statistical year has ended: R7.early", () => {
    const y = base().year;
    const f = dateFindings(signed(`${y}-12-31`));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["R7.early", "error"]]);
    expect(f[0].message).toContain(`落款日期 ${y}年12月31日 还在统计年度（截至${y}年12月31日）之内`);
    expect(dateFindings(signed(`${y - 1}-06-01`)).map((x) => x.rule)).toEqual(["R7.early"]);
  });

  it("after 31 January of the next year: W8, a warning naming 条例第四十九条", () => {
    const y = base().year;
    const f = dateFindings(signed(`${y + 1}-02-01`));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["W8", "warning"]]);
    expect(f[0].message).toContain("第四十九条");
    expect(dateFindings(signed(`${y + 2}-01-10`)).map((x) => x.rule)).toEqual(["W8"]);
  });

  it("the keystroke path (tablesOnly) leaves the date to the full check", () => {
    expect(check(signed(undefined), undefined, { tablesOnly: true }).filter((f) => f.field === "meta.signedOn")).toEqual([]);
  });
});
