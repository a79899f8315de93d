/**
 * PDFs through the whole importer (reader, then the placer): 年报通's own
 * reports exported to PDF come back cell for cell — with ruled tables, a
 * table over three pages, borderless tables, blanks kept blank — and the
 * published 淮安 report gives its published numbers.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importReport } from "@/lib/import";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { printedView } from "./support/import-helpers";

const fixtures = path.resolve(__dirname, "fixtures");
const pdfDir = path.join(fixtures, "import/pdf");

function fixture(file: string): Report {
  const parsed = parseReport(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.report;
}

/** LibreOffice leaves out of the text layer a comma it hangs into the margin: texts compare without punctuation. */
const unpunctuated = (value: unknown): unknown =>
  typeof value === "string" ? value.replace(/[，。、；：,.;:]/g, "") : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpunctuated(v)])) : value;

const cases = [
  { pdf: "guanting-town-2021.pdf", json: path.join(fixtures, "guanting-town-2021.json") },
  { pdf: "hanconggou-town-2020.pdf", json: path.join(fixtures, "hanconggou-town-2020.json") },
  { pdf: "blanks-2022.pdf", json: path.join(pdfDir, "blanks-2022.json") },
  { pdf: "short-page-2021.pdf", json: path.join(fixtures, "demo-county-department-2021.json") },
  { pdf: "no-rulings-2021.pdf", json: path.join(fixtures, "demo-county-department-2021.json") },
  { pdf: "no-rulings-blanks-2022.pdf", json: path.join(pdfDir, "blanks-2022.json") },
];

describe.each(cases)("$pdf through importReport", ({ pdf, json }) => {
  it("gives back the report: every cell, blanks as null, the texts and the 落款", async () => {
    const source = fixture(json);
    const { report, source: kind } = await importReport(new Uint8Array(fs.readFileSync(path.join(pdfDir, pdf))), pdf);
    expect(kind).toBe("pdf");
    const { tables, ...texts } = printedView(report);
    const want = printedView(source);
    expect(tables).toEqual(want.tables);
    const { tables: _ignored, ...wantTexts } = want;
    void _ignored;
    expect(unpunctuated(texts)).toEqual(unpunctuated(wantTexts));
  }, 60_000);
});

describe("the published 淮安 PDF through importReport", () => {
  it("reads organ, year, format and the tables as published", async () => {
    const { report, notes } = await importReport(new Uint8Array(fs.readFileSync(path.join(pdfDir, "huaian-city-government-2024.pdf"))), "szfgs2024.pdf");
    expect(report).toMatchObject({ format: "2021", year: 2024, organ: { name: "淮安市人民政府" } });
    expect(report.tables.requests.newRequests).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(report.tables.requests["unavailable.notHeld"]).toEqual([746, 12, 0, 0, 10, 1, 769]);
    expect(report.tables.requests.totalHandled).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(report.tables.appeals).toEqual({ reconsideration: [72, 64, 178, 37, 351], litigationDirect: [13, 4, 8, 1, 26], litigationAfterReconsideration: [12, 1, 1, 6, 20] });
    expect(report.tables.proactive).toMatchObject({ licensing: { decisions: 447228 }, fees: { amount: 96171.6 } });
    expect(notes.filter((n) => n.message.includes("已接成一张表"))).toHaveLength(2);
  }, 60_000);
});
