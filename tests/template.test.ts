import { describe, expect, it } from "vitest";
import { formatForYear, getTemplate, leafRows, TEMPLATES } from "@/lib/template";
import { tableGrid, type GridText } from "@/lib/template/layout";

const texts = (format: "2021" | "2019", table: "proactive" | "requests" | "appeals") =>
  tableGrid(getTemplate(format), table)
    .rows.flat()
    .filter((c): c is GridText => c.type === "text");

describe("template data", () => {
  it("serves each year with its format (R6)", () => {
    expect(formatForYear(2018)).toBeUndefined();
    expect(formatForYear(2019)).toBe("2019");
    expect(formatForYear(2020)).toBe("2019");
    expect(formatForYear(2021)).toBe("2021");
    expect(formatForYear(2030)).toBe("2021");
  });

  it("has the six sections in order", () => {
    for (const t of TEMPLATES) {
      expect(t.sections.map((s) => s.heading)).toEqual([
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
      ]);
    }
  });

  it("gives table 三 the 22 (2021) or 20 (2019) rows of 三、本年度办理结果, vertically merged", () => {
    for (const [format, span] of [["2021", 22], ["2019", 20]] as const) {
      const cell = texts(format, "requests").find((c) => c.text === "三、本年度办理结果")!;
      expect(cell.rowSpan).toBe(span);
      expect(cell.vertical).toBe(true);
    }
  });

  it("lays out table 三's header as the printed template", () => {
    const grid = tableGrid(getTemplate("2021"), "requests");
    expect(grid.headerRows).toBe(3);
    const [r1, r2, r3] = grid.rows;
    expect(r1.map((c) => [c.type === "text" && c.text, c.colSpan, c.rowSpan])).toEqual([
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
      ["申请人情况", 7, 1],
    ]);
    expect(r2.map((c) => [c.type === "text" && c.text, c.colSpan, c.rowSpan])).toEqual([
      ["自然人", 1, 2],
      ["法人或其他组织", 5, 1],
      ["总计", 1, 2],
    ]);
    expect(r3.map((c) => c.type === "text" && c.text)).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
  });

  it("has exactly the rows of REPORT-JSON for each format", () => {
    const ids = (f: "2021" | "2019") => leafRows(getTemplate(f).tables.requests.rows).map((r) => r.id);
    expect(ids("2021")).toContain("otherHandling.feeUnpaid");
    expect(ids("2021")).not.toContain("otherHandling");
    expect(ids("2019")).toContain("otherHandling");
    expect(ids("2019")).toHaveLength(ids("2021").length - 2);
  });

  it("spans every grid row to the full table width", () => {
    for (const t of TEMPLATES) {
      for (const id of ["proactive", "requests", "appeals"] as const) {
        const grid = tableGrid(t, id);
        const width = grid.widths.length;
        const occupied = grid.rows.map(() => 0);
        grid.rows.forEach((row, i) =>
          row.forEach((c) => {
            for (let k = 0; k < c.rowSpan; k++) occupied[i + k] += c.colSpan;
          }),
        );
        expect(occupied.every((n) => n === width), `${t.format} ${id}`).toBe(true);
      }
    }
  });
});
