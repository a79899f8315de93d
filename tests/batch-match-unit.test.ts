import { describe, expect, it } from "vitest";
import { matchUnit } from "../lib/batch/match-unit";

const UNITS = [
  { id: "donghu", name: "示例区东湖镇人民政府" },
  { id: "xishan", name: "示例区西山镇人民政府" },
  { id: "edu", name: "示例区教育局" },
];

describe("matchUnit: a published organ name to one of the supervisor's units", () => {
  it("the same name, spaces and brackets aside", () => {
    expect(matchUnit("示例区东湖镇人民政府", UNITS)).toBe("donghu");
    expect(matchUnit(" 示例区 东湖镇人民政府 ", UNITS)).toBe("donghu");
  });
  it("the name without the county's prefix", () => {
    expect(matchUnit("西山镇人民政府", UNITS)).toBe("xishan");
  });
  it("another county's organ stays unmatched", () => {
    expect(matchUnit("原州区官厅镇人民政府", UNITS)).toBeUndefined();
    expect(matchUnit("", UNITS)).toBeUndefined();
  });
  it("never guesses between two units", () => {
    expect(matchUnit("人民政府", UNITS)).toBeUndefined();
    expect(matchUnit("教育局", [...UNITS, { id: "edu2", name: "邻县教育局" }])).toBeUndefined();
  });
});
