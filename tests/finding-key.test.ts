import { describe, expect, it } from "vitest";
import { check, findingCounts, findingKey } from "@/lib/check";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";

function report(appeals: number) {
  const r = emptyReport({ year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });
  r.text.overview.onRequest = "本年度因政府信息公开引起行政复议2件。";
  r.tables.appeals.reconsideration[0] = appeals;
  return fillDerived(r);
}

const w3 = (appeals: number) => check(report(appeals)).find((f) => f.rule.startsWith("W3") && f.message.includes("行政复议"))!;

describe("findingKey: a confirmation holds for the finding as it was confirmed", () => {
  it("stays the same while the finding's numbers stay the same", () => {
    expect(w3(15)).toBeDefined();
    expect(findingKey(w3(15))).toBe(findingKey(w3(15)));
  });

  it("changes when the numbers change, so the old confirmation no longer covers the warning", () => {
    const confirmed = { [findingKey(w3(15))]: "文中所说为本年新收数" };
    expect(findingCounts([w3(15)], confirmed).warningCount).toBe(0);
    expect(w3(40).message).toContain("40");
    expect(findingKey(w3(40))).not.toBe(findingKey(w3(15)));
    expect(findingCounts([w3(40)], confirmed).warningCount).toBe(1);
  });

  it("keeps a finding without numbers keyed by rule and place", () => {
    expect(findingKey({ rule: "W5.missing", severity: "warning", field: "text.other", message: "没有说明信息处理费的收取情况。" })).toBe("W5.missing@text.other");
  });
});
