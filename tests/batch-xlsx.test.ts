import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findingRows } from "../lib/batch/finding-rows";
import { batchWorkbook, FINDINGS_SHEET, REPORT_SHEET } from "../lib/batch/xlsx";
import { check } from "../lib/check";
import type { Report } from "../lib/report/types";
import { getTemplate } from "../lib/template";

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8")) as Report;

function broken(): Report {
  const r = fixture("demo-county-department-2021.json");
  r.tables.requests.granted[0] = (r.tables.requests.granted[0] ?? 0) + 7;
  return r;
}

describe("the 批量体检 workbook", () => {
  it("names a finding's table, row and column as the template prints them", () => {
    const r = broken();
    const rows = findingRows(getTemplate(r.format), check(r));
    const cell = rows.find((x) => x.table === "表三" && x.column);
    expect(cell).toBeDefined();
    expect(cell!.severity).toBe("错误");
    expect(cell!.row.length).toBeGreaterThan(0);
  });

  it("has a sheet of reports (one row per file, refusals included) and a sheet of findings", async () => {
    const r = broken();
    const rows = [
      { id: "a", fileName: "a.docx", status: "done", message: null, unitName: "示例区教育局", organName: r.organ.name, year: 2021, format: "2021", errorCount: 2, warningCount: 0, noteCount: 1 },
      { id: "b", fileName: "scan.pdf", status: "refused", message: "这是扫描件", unitName: null, organName: null, year: null, format: null, errorCount: 0, warningCount: 0, noteCount: 0 },
    ];
    const buf = await batchWorkbook(rows, new Map([["a", r]]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const reports = wb.getWorksheet(REPORT_SHEET)!;
    expect(reports.rowCount).toBe(3);
    expect(reports.getRow(2).getCell(1).value).toBe("a.docx");
    expect(reports.getRow(3).getCell(2).value).toBe("未匹配");
    expect(String(reports.getRow(3).getCell(9).value)).toContain("扫描件");
    const findings = wb.getWorksheet(FINDINGS_SHEET)!;
    expect(findings.rowCount - 1).toBe(check(r).length);
    expect(findings.getRow(1).values).toEqual([undefined, "文件", "单位", "类别", "规则", "表格", "行", "列", "说明"]);
  });
});
