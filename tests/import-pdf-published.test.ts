/**
 * The PDF reader on a report as it was published: 淮安市人民政府's 2024 report,
 * exported by WPS (cells written out of order, labels wrapping inside cells,
 * the vertical 三、本年度办理结果, table 二 and table 三 each running onto the
 * next page, page numbers "- 3 -" at the foot).
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SourceDocument, TableBlock } from "@/lib/import/document";
import { readPdf } from "@/lib/import/pdf";
import { getTemplate } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

let doc: SourceDocument;
beforeAll(async () => {
  doc = await readPdf(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "fixtures/import/pdf/huaian-city-government-2024.pdf"))));
}, 60_000);

const tables = () => doc.blocks.filter((b): b is TableBlock => b.kind === "table");
const paragraphs = () => doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const template = getTemplate("2021");
/** Each cell's spans, row by row: the shape of a table without its text. */
const shape = (rows: { colSpan?: number; rowSpan?: number }[][]) => rows.map((r) => r.map((c) => `${c.colSpan ?? 1}×${c.rowSpan ?? 1}`));

describe("淮安市人民政府 2024 (WPS export)", () => {
  it("has three tables, each with exactly the template's merges", () => {
    const [proactive, requests, appeals] = tables();
    expect(tables()).toHaveLength(3);
    expect(shape(proactive.rows.map((r) => r.cells))).toEqual(shape(tableGrid(template, "proactive").rows));
    expect(shape(requests.rows.map((r) => r.cells))).toEqual(shape(tableGrid(template, "requests").rows));
    expect(shape(appeals.rows.map((r) => r.cells))).toEqual(shape(tableGrid(template, "appeals").rows));
  });

  it("reads table 二 as it continues from page 3 onto page 4, numbers in their columns", () => {
    const rows = tables()[0].rows.map((r) => r.cells.map((c) => c.text));
    const grid = tableGrid(template, "proactive").rows;
    // Labels and headers are the template's, word for word (WPS splits them anywhere).
    grid.forEach((row, i) => row.forEach((cell, j) => cell.type === "text" && expect(rows[i][j]).toBe(cell.text)));
    const numbers = rows.flatMap((r) => r.filter((t) => /^\d/.test(t)));
    expect(numbers).toEqual(["1", "0", "11", "8", "26", "66", "447228", "3985758", "88283", "96171.6"]);
    expect(doc.notes).toContainEqual({ page: 4, message: "第3页的表格在第4页继续，已接成一张表" });
  });

  it("reads table 三 row by row across the page break, the cut （四）无法提供 whole", () => {
    const rows = tables()[1].rows.map((r) => r.cells.map((c) => c.text));
    const values = rows.map((r) => r.filter((t) => /^\d+$/.test(t)).map(Number)).filter((r) => r.length === 7);
    expect(values).toHaveLength(25);
    expect(values[0]).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(values[1]).toEqual([34, 0, 0, 0, 0, 0, 34]);
    expect(values[2]).toEqual([1288, 21, 0, 0, 50, 3, 1362]);
    expect(values[12]).toEqual([746, 12, 0, 0, 10, 1, 769]);
    expect(values[13]).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(values[23]).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(values[24]).toEqual([103, 0, 0, 0, 0, 0, 103]);
    const labels = rows.flat();
    // Printed one character per line, wrapped inside narrow cells: one text each.
    for (const cell of tableGrid(template, "requests").rows.flat()) if (cell.type === "text" && (cell.vertical || cell.rowSpan > 1 || cell.role === "header")) expect(labels).toContain(cell.text);
    // As published: WPS's "1、" where the template has "1." — read as printed, not corrected.
    expect(labels.some((t) => t.startsWith("1、申请人无正当理由逾期不补正"))).toBe(true);
    expect(doc.notes).toContainEqual({ page: 5, message: "第4页的表格在第5页继续，已接成一张表" });
  });

  it("reads table 四's fifteen numbers in order", () => {
    const last = tables()[2].rows.at(-1)!.cells.map((c) => Number(c.text));
    expect(last).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
  });

  it("joins the title's lines, keeps headings apart from text and drops the page numbers", () => {
    const text = paragraphs();
    expect(doc.blocks[0]).toMatchObject({ kind: "paragraph", text: "淮安市人民政府2024年政府信息公开工作年度报告", emphasis: true });
    for (const s of template.sections) expect(text).toContain(s.heading);
    expect(text.find((p) => p.startsWith("本报告由淮安市人民政府办公室"))).toMatch(/电子邮箱：hazwgkc@163\.com）。$/);
    // A paragraph running over a page break is one paragraph.
    expect(text.find((p) => p.startsWith("（四）政府信息公开平台建设情况"))).toMatch(/合格率均为100%。$/);
    expect(text.filter((p) => p.startsWith("（") && /^（[一二三四五]）/.test(p))).toHaveLength(5);
    expect(text.some((p) => /-\s*\d+\s*-/.test(p) && p.length < 8)).toBe(false);
    expect(text.at(-1)).toBe("2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。");
    expect(doc.pages).toBe(6);
  });
});
