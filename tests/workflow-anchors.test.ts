import { describe, expect, it } from "vitest";
import { emptyReport } from "@/lib/report/empty";
import { anchorLabel, cellAnchor, parseAnchor, sectionAnchor } from "@/lib/workflow/anchors";

const r2021 = emptyReport({ year: 2024, organName: "示例区西山镇人民政府" });
const r2019 = emptyReport({ year: 2020, organName: "示例区西山镇人民政府" });

describe("comment anchors", () => {
  it("round-trips a cell anchor and labels it in the template's words", () => {
    const a = cellAnchor({ table: "requests", row: "newRequests", column: 6 });
    expect(a).toBe("cell:requests/newRequests/6");
    expect(parseAnchor(a)).toEqual({ kind: "cell", ref: { table: "requests", row: "newRequests", column: 6 }, key: "requests/newRequests/6" });
    expect(anchorLabel(r2021, a)).toBe("三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 总计");
  });

  it("labels sections and the parts of 一、总体情况", () => {
    expect(anchorLabel(r2021, sectionAnchor("problems"))).toBe("五、存在的主要问题及改进情况");
    expect(anchorLabel(r2021, sectionAnchor("overview.onRequest"))).toBe("一、总体情况 （二）依申请公开");
    expect(anchorLabel(r2021, sectionAnchor("overview"))).toBe("一、总体情况");
  });

  it("refuses anchors that point nowhere in the report's format", () => {
    expect(anchorLabel(r2021, "cell:requests/nowhere/0")).toBeUndefined();
    expect(anchorLabel(r2021, "cell:requests/newRequests/7")).toBeUndefined();
    expect(anchorLabel(r2021, "section:")).toBeUndefined();
    expect(anchorLabel(r2021, "section:tables")).toBeUndefined();
    expect(anchorLabel(r2021, "somewhere")).toBeUndefined();
    expect(anchorLabel(r2019, "cell:requests/newRequests/6")).toBe("三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 总计");
  });
});
