import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { emptyReport } from "@/lib/report/empty";
import { summarize } from "@/lib/report/summary";
import { summaryXlsx } from "@/lib/report/summary-xlsx";
import { getTemplate } from "@/lib/template";
import { inputCells } from "@/lib/template/layout";
import { setCell } from "@/lib/report/cells";

const t = getTemplate("2021");
const cells = inputCells(t);
const first = cells.find((c) => c.ref.table === "requests" && !c.derived)!;
const proactive = cells.find((c) => c.ref.table === "proactive" && !c.derived)!;

function unit(name: string, a: number, b: number) {
  const r = emptyReport({ year: 2024, organName: name, organKind: "township" });
  setCell(r, first.ref, a);
  setCell(r, proactive.ref, b);
  return { name, report: r };
}

describe("the county summary of tables 二、三、四", () => {
  const summary = summarize([unit("东湖镇", 3, 1), unit("西山镇", 4, 2), { name: "旧格式", report: emptyReport({ year: 2020, organName: "旧", organKind: "township" }) }], 2024, "2021");

  it("gives each cell's total with every unit's figure beside it", () => {
    expect(summary.units).toEqual(["东湖镇", "西山镇"]);
    expect(summary.skipped).toBe(1);
    expect(summary.tables.map((x) => x.title)).toEqual(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]);
    const line = summary.tables[1].lines.find((l) => l.name === first.name)!;
    expect(line).toMatchObject({ total: 7, values: [3, 4], derived: false });
    expect(summary.tables[0].lines.find((l) => l.name === proactive.name)).toMatchObject({ total: 3, values: [1, 2] });
    // Computed cells are summed from the filled reports too.
    const derived = summary.tables[1].lines.filter((l) => l.derived);
    expect(derived.length).toBeGreaterThan(0);
    expect(summary.tables.flatMap((x) => x.lines)).toHaveLength(cells.length);
  });

  it("writes an .xlsx with one sheet per table, the total and one column per unit", async () => {
    const buf = await summaryXlsx(summary, "2024年度汇总");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(summary.tables.map((x) => x.title));
    const ws = wb.getWorksheet(summary.tables[1].title)!;
    expect(ws.getRow(2).values).toEqual([undefined, "项目", "合计", "东湖镇", "西山镇"]);
    const row = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === first.name)!;
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([7, 3, 4]);
    expect(ws.rowCount).toBe(2 + summary.tables[1].lines.length);
  });
});
