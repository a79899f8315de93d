/**
 * Tables printed without rulings, read by alignment: 年报通's .docx with every
 * table border switched off, through LibreOffice. Table 三's rows must come
 * out as the template lays them out (group labels spanning their rows, the
 * vertical 三、本年度办理结果), numbers in their columns, blanks as blank cells.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatCellValue } from "@/lib/docx/cell-value";
import type { SourceCell, SourceDocument, TableBlock } from "@/lib/import/document";
import { readPdf } from "@/lib/import/pdf";
import { getCell } from "@/lib/report/cells";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { getTemplate } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

const dir = path.resolve(__dirname, "fixtures/import/pdf");

function fixture(file: string): Report {
  const parsed = parseReport(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.report;
}

const cellOf = (report: Report, cell: ReturnType<typeof tableGrid>["rows"][number][number]): SourceCell => ({
  text: cell.type === "input" ? formatCellValue(getCell(report, cell.ref), cell.kind) : cell.text,
  ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
  ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
});

const cases = [
  { pdf: "no-rulings-2021.pdf", json: path.resolve(__dirname, "fixtures/demo-county-department-2021.json") },
  { pdf: "no-rulings-blanks-2022.pdf", json: path.join(dir, "blanks-2022.json") },
];

describe.each(cases)("$pdf (no table borders)", ({ pdf, json }) => {
  const report = fixture(json);
  const template = getTemplate(report.format);
  const read: Promise<SourceDocument> = readPdf(new Uint8Array(fs.readFileSync(path.join(dir, pdf))));
  const tables = async () => (await read).blocks.filter((b): b is TableBlock => b.kind === "table");

  it("finds the three tables and says they were read by alignment", async () => {
    const doc = await read;
    expect(await tables()).toHaveLength(3);
    expect(doc.notes.filter((n) => n.message.includes("没有框线"))).toHaveLength(3);
  }, 60_000);

  it("gives every row of table 三 below its header as the template lays it out, blanks blank", async () => {
    const grid = tableGrid(template, "requests");
    const got = (await tables())[1].rows.map((r) => r.cells);
    const body = grid.rows.slice(grid.headerRows).map((row) => row.map((c) => cellOf(report, c)));
    expect(got.slice(got.length - body.length)).toEqual(body);
  });

  it("puts table 二's numbers in their rows, blanks blank", async () => {
    const grid = tableGrid(template, "proactive");
    const got = (await tables())[0].rows.map((r) => r.cells.map((c) => c.text));
    for (const row of grid.rows) {
      const label = row[0];
      if (row.length < 2 || label.type !== "text" || label.role !== "label") continue;
      const found = got.find((r) => r[0] === label.text);
      expect(found, label.text).toBeDefined();
      const values = row.slice(1).map((c) => cellOf(report, c).text);
      // A field spanning the block's three columns prints its number in the middle one.
      if (values.length === 3) expect(found!.slice(1)).toEqual(values);
      else expect(found!.slice(1).filter((t) => t)).toEqual(values.filter((t) => t));
    }
  });

  it("reads table 四's single row of numbers in order", async () => {
    const values = (await tables())[2].rows.at(-1)!.cells.map((c) => c.text);
    const appeals = report.tables.appeals;
    const expected = [...appeals.reconsideration, ...appeals.litigationDirect, ...appeals.litigationAfterReconsideration].filter((v) => v !== null).map(String);
    expect(values.filter((t) => t)).toEqual(expected);
  });
});
