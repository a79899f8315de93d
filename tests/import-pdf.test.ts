/**
 * The PDF reader on 年报通's own .docx exported to PDF by LibreOffice: every
 * table block must be the template's printed grid (labels, merges as spans)
 * with the fixture's numbers in their cells and blanks as empty cells; the
 * texts come back as the paragraphs the report has.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatCellValue } from "@/lib/docx/cell-value";
import type { Block, SourceCell, SourceDocument, TableBlock } from "@/lib/import/document";
import { readPdf } from "@/lib/import/pdf";
import { getCell } from "@/lib/report/cells";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { getTemplate, reportTitle } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

const dir = path.resolve(__dirname, "fixtures/import/pdf");
const pdf = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));

function fixture(file: string): Report {
  const parsed = parseReport(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.report;
}

/** What the reader must give for a table of `report`: the printed grid, cell by cell. */
function expectedRows(report: Report, table: "proactive" | "requests" | "appeals"): SourceCell[][] {
  return tableGrid(getTemplate(report.format), table).rows.map((row) =>
    row.map((cell) => ({
      text: cell.type === "input" ? formatCellValue(getCell(report, cell.ref), cell.kind) : cell.text,
      ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
      ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    })),
  );
}

const tables = (doc: SourceDocument) => doc.blocks.filter((b): b is TableBlock => b.kind === "table");
const cells = (t: TableBlock) => t.rows.map((r) => r.cells);
const paragraphs = (doc: SourceDocument) => doc.blocks.flatMap((b: Block) => (b.kind === "paragraph" ? [b.text] : []));

/**
 * LibreOffice leaves out of the text layer a comma it hangs into the right
 * margin, so paragraphs are compared without their punctuation.
 */
const unpunctuated = (text: string) => text.replace(/[，。、；：,.;:]/g, "");

/** Every paragraph of the report's texts, as the .docx prints them. */
function textParagraphs(report: Report): string[] {
  const { preamble, overview, problems, other } = report.text;
  return [preamble, ...Object.values(overview), problems, other].flatMap((t) => t.split("\n")).filter((p) => p.trim());
}

const cases = [
  { pdf: "guanting-town-2021.pdf", json: path.resolve(__dirname, "fixtures/guanting-town-2021.json") },
  { pdf: "hanconggou-town-2020.pdf", json: path.resolve(__dirname, "fixtures/hanconggou-town-2020.json") },
  { pdf: "blanks-2022.pdf", json: path.join(dir, "blanks-2022.json") },
  { pdf: "short-page-2021.pdf", json: path.resolve(__dirname, "fixtures/demo-county-department-2021.json") },
];

describe.each(cases)("$pdf (年报通's .docx through LibreOffice)", ({ pdf: name, json }) => {
  const report = fixture(json);
  const read = readPdf(pdf(name));

  it("gives tables 二, 三 and 四 as the template prints them, every cell in place", async () => {
    const doc = await read;
    const found = tables(doc);
    expect(found).toHaveLength(3);
    expect(cells(found[0])).toEqual(expectedRows(report, "proactive"));
    expect(cells(found[1])).toEqual(expectedRows(report, "requests"));
    expect(cells(found[2])).toEqual(expectedRows(report, "appeals"));
  }, 60_000);

  it("gives the title, every paragraph of the texts and the 落款 as paragraphs", async () => {
    const doc = await read;
    const text = paragraphs(doc).map(unpunctuated);
    expect(doc.blocks[0]).toMatchObject({ kind: "paragraph", text: reportTitle(report.organ.name, report.year), emphasis: true, page: 1 });
    for (const p of textParagraphs(report)) expect(text).toContain(unpunctuated(p));
    for (const section of getTemplate(report.format).sections) expect(text).toContain(unpunctuated(section.heading));
    if (report.meta?.signedBy) expect(text).toContain(report.meta.signedBy);
  });

  it("keeps page numbers out of the text", async () => {
    const doc = await read;
    expect(paragraphs(doc).filter((p) => /^[—-]\s*\d+\s*[—-]$/.test(p))).toEqual([]);
    expect(doc.kind).toBe("pdf");
  });
});

describe("a table over a page break", () => {
  it("is one table: the repeated header dropped, the cut label cells whole, each join noted", async () => {
    const doc = await readPdf(pdf("short-page-2021.pdf"));
    const requests = tables(doc)[1];
    expect(requests.page).toBeLessThan(doc.pages!);
    // 三、本年度办理结果 spans every row of the results even though three pages print parts of it.
    const grid = tableGrid(getTemplate("2021"), "requests");
    const vertical = grid.rows.flat().find((c) => c.type === "text" && c.vertical)!;
    expect(requests.rows.flatMap((r) => r.cells).filter((c) => c.text === (vertical.type === "text" ? vertical.text : ""))).toEqual([
      { text: vertical.type === "text" ? vertical.text : "", rowSpan: vertical.rowSpan },
    ]);
    const joins = doc.notes.filter((n) => n.message.includes("已接成一张表"));
    expect(joins.length).toBeGreaterThanOrEqual(1);
    expect(doc.notes.some((n) => n.message.includes("重复的表头"))).toBe(true);
  });

  it("drops the running head a draft prints at the top of every page, with a note", async () => {
    const doc = await readPdf(pdf("blanks-2022.pdf"));
    expect(paragraphs(doc).some((p) => p.startsWith("征求意见稿"))).toBe(false);
    expect(doc.notes.some((n) => n.message.includes("页眉"))).toBe(true);
  });
});
