import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { describeCell, describeField, describeFinding, tableName } from "@/lib/report/describe";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { setCell } from "@/lib/report/cells";
import { getTemplate } from "@/lib/template";
import { inputCells } from "@/lib/template/layout";

const t21 = getTemplate("2021");
const t19 = getTemplate("2019");

describe("describe: a location in words", () => {
  it("names the tables by their section numbers", () => {
    expect(tableName(t21, "proactive")).toBe("表二");
    expect(tableName(t21, "requests")).toBe("表三");
    expect(tableName(t21, "appeals")).toBe("表四");
  });

  it("names table 三 cells by row and column as printed", () => {
    expect(describeCell(t21, { table: "requests", row: "granted", column: 0 })).toBe("表三 （一）予以公开 · 自然人");
    expect(describeCell(t21, { table: "requests", row: "newRequests", column: 6 })).toBe("表三 一、本年新收政府信息公开申请数量 · 总计");
    expect(describeCell(t21, { table: "requests", row: "refused.stateSecret", column: 1 })).toBe(
      "表三 （三）不予公开 1.属于国家秘密 · 法人或其他组织 商业企业",
    );
    // The 楷体 note inside （二）'s label is left out.
    expect(describeCell(t21, { table: "requests", row: "partlyGranted", column: 0 })).toBe("表三 （二）部分公开 · 自然人");
    expect(describeCell(t19, { table: "requests", row: "otherHandling", column: 0 })).toBe("表三 （六）其他处理 · 自然人");
  });

  it("names table 二 and 四 cells", () => {
    expect(describeCell(t21, { table: "proactive", row: "regulations", column: "inForce" })).toBe("表二 规章 · 现行有效件数");
    expect(describeCell(t19, { table: "proactive", row: "licensing", column: "change" })).toBe("表二 行政许可 · 本年增/减");
    expect(describeCell(t21, { table: "appeals", row: "reconsideration", column: 4 })).toBe("表四 行政复议 总计");
    expect(describeCell(t21, { table: "appeals", row: "litigationDirect", column: 0 })).toBe("表四 行政诉讼 未经复议直接起诉 结果维持");
  });

  it("names every input cell of both formats with its table and labels", () => {
    for (const t of [t21, t19]) {
      for (const c of inputCells(t)) {
        const words = describeCell(t, c.ref);
        expect(words.startsWith(tableName(t, c.ref.table) + " ")).toBe(true);
        expect(words).toContain(c.columnLabel);
      }
    }
  });

  it("names narrative fields by the template's headings", () => {
    expect(describeField(t21, "text.other")).toBe("六、其他需要报告的事项");
    expect(describeField(t21, "text.problems")).toBe("五、存在的主要问题及改进情况");
    expect(describeField(t21, "text.overview.onRequest")).toBe("一、总体情况 （二）依申请公开");
    expect(describeField(t21, "text.overview")).toBe("一、总体情况");
    expect(describeField(t21, "meta.contact.phone")).toBe("基本信息 · 联系电话");
    expect(describeField(t21, "meta.signedOn")).toBe("基本信息 · 落款日期");
  });

  it("locates the checker's findings", () => {
    const report = fillDerived(emptyReport({ year: 2021, organName: "东湖镇人民政府" }));
    setCell(report, { table: "requests", row: "newRequests", column: 0 }, 1);
    const findings = check(fillDerived(report));
    const r1 = findings.find((f) => f.rule === "R1" && f.column === 0)!;
    expect(describeFinding(t21, r1)).toBe("表三 四、结转下年度继续办理 · 自然人");
    expect(describeFinding(t21, { rule: "W5", severity: "warning", field: "text.other", message: "" })).toBe("六、其他需要报告的事项");
    expect(describeFinding(t21, { rule: "R1", severity: "error", table: "requests", row: "totalHandled", message: "" })).toBe("表三 （七）总计");
    expect(describeFinding(t21, { rule: "R6", severity: "error", message: "" })).toBe("");
  });
});
