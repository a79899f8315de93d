/**
 * The text rules stay free of false findings: on every fixture (the published samples
 * 官厅镇, 温泉镇, 寒葱沟镇 and the demo reports the database is seeded with, as seeded:
 * fillDerived, with last year's report) the only findings are the defects the reports
 * really have; and W3 says nothing new when those reports are written the other ways
 * clerks write them (blank 总计 cells, full-width digits).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { fillDerived } from "@/lib/report/fill-derived";
import type { Report } from "@/lib/report/types";
import { copy } from "./support/check-helpers";
import { FIXTURES_DIR, loadFixture } from "./support/fixtures";

const ALL = fs
  .readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));

/** What each fixture really gets wrong (the published samples' signature dates and 寒葱沟镇's missing 六). */
const DESERVED: Record<string, string[]> = {
  "guanting-town-2021": ["R7.missing"],
  "wenquan-town-2021": ["R7.early"],
  "hanconggou-town-2020": ["R7.missing", "W7.empty"],
};

const rules = (r: Report, previous?: Report) => check(r, previous).map((f) => f.rule);

function allTexts(r: Report, map: (s: string) => string): Report {
  const c = copy(r);
  c.text.preamble = map(c.text.preamble);
  for (const k of Object.keys(c.text.overview) as Array<keyof Report["text"]["overview"]>) c.text.overview[k] = map(c.text.overview[k] ?? "");
  c.text.problems = map(c.text.problems);
  c.text.other = map(c.text.other);
  return c;
}

describe("no false findings", () => {
  it("covers every fixture", () => {
    expect(ALL.length).toBeGreaterThanOrEqual(6);
  });

  it.each(ALL)("%s: only the findings it deserves", (name) => {
    expect(rules(loadFixture(name))).toEqual(DESERVED[name] ?? []);
  });

  it("the seeded demo reports (fillDerived, each with the year before) check clean", () => {
    const r2021 = fillDerived(loadFixture("demo-county-department-2021"));
    const r2022 = fillDerived(loadFixture("demo-county-department-2022"));
    expect(rules(r2021)).toEqual([]);
    expect(rules(r2022, r2021)).toEqual([]);
  });

  it.each(ALL)("%s: blank 总计 cells give no W3 finding (the text agrees with the rows)", (name) => {
    const r = copy(loadFixture(name));
    for (const row of Object.values(r.tables.requests)) row[row.length - 1] = null;
    for (const row of Object.values(r.tables.appeals)) row[row.length - 1] = null;
    expect(check(r).filter((f) => f.rule.startsWith("W3"))).toEqual([]);
  });

  it.each(ALL)("%s: full-width digits in the texts change no finding", (name) => {
    const r = loadFixture(name);
    const wide = allTexts(r, (s) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    expect(rules(wide).filter((x) => x.startsWith("W3"))).toEqual(rules(r).filter((x) => x.startsWith("W3")));
  });
});
