/** W3.partWhole: a part larger than its whole ("公开政府信息101条，其中……公众号197条"), both formats. */
import { describe, expect, it } from "vitest";
import { partsLargerThanWhole } from "@/lib/check/part-whole";
import type { Report } from "@/lib/report/types";
import { copy, findingsOf } from "./support/check-helpers";
import { loadFixture } from "./support/fixtures";

describe("partsLargerThanWhole", () => {
  it("finds the part after 其中 that is larger than the count before it, with the same unit", () => {
    expect(partsLargerThanWhole("2021年，通过政府网站公开政府信息101条，其中政务动态50条、通知公告30条，微信公众号197条。")).toEqual([
      { sentence: "2021年，通过政府网站公开政府信息101条，其中政务动态50条、通知公告30条，微信公众号197条", whole: 101, part: 197, unit: "条" },
    ]);
    expect(partsLargerThanWhole("共发布信息一百零一条，其中公众号１９７条。").map((p) => p.part)).toEqual([197]);
  });

  it("leaves alone parts within their whole, other units, other sentences and new topics", () => {
    for (const text of [
      "收到申请49件，其中自然人申请38件、法人或其他组织申请11件；办结48件，其中予以公开22件。",
      "开展培训3次，其中参训人员120人次。",
      "公开信息101条，其中图片新闻40条。另通过微信公众号发布信息197条。",
      "公开信息101条，其中图片新闻40条，另通过微信公众号发布信息197条。",
      "公开信息101条，其中主动公开率100%，依据《条例》第197条。",
    ]) {
      expect(partsLargerThanWhole(text), text).toEqual([]);
    }
  });
});

const BASES: Array<[string, () => Report]> = [
  ["2021 format", () => loadFixture("demo-county-department-2021")],
  ["2019 format", () => loadFixture("demo-town-2020")],
];

describe.each(BASES)("W3.partWhole, %s", (_, base) => {
  it("a warning at the text that says it, naming both numbers", () => {
    const r = copy(base());
    r.text.overview.platforms = "全年通过门户网站公开政府信息101条，其中政务动态50条，微信公众号90条。";
    expect(findingsOf("W3.partWhole", r)).toEqual([]);
    r.text.overview.platforms = "全年通过门户网站公开政府信息101条，其中政务动态50条，微信公众号197条。";
    const f = findingsOf("W3.partWhole", r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", field: "text.overview.platforms" });
    expect(f[0].message).toContain("197条 大于总数 101条");
  });
});
