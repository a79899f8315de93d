/**
 * .docx: 年报通's own .docx of every fixture reads back to the same report
 * (texts and every cell), also for random reports; the blank national template
 * reads as all blank; Word's split runs, field codes, merges are read as Word shows them.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/docx";
import { importReport } from "@/lib/import";
import { readDocx } from "@/lib/import/docx";
import { emptyReport } from "@/lib/report/empty";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { getTemplate, leafRows, type FormatId } from "@/lib/template";
import { expectSameReport, hasShared, importFixture, sharedFile } from "./support/import-helpers";
import { DEMO_FIXTURES, loadFixture, SAMPLE_FIXTURES } from "./support/fixtures";

describe("年报通's own .docx reads back", () => {
  it.each([...SAMPLE_FIXTURES, ...DEMO_FIXTURES])("%s: texts, 落款 and every cell", async (name) => {
    const source = loadFixture(name);
    const { report, notes } = await importReport(await renderDocx(source), `${name}.docx`);
    expectSameReport(report, source);
    expect(parseReport(report).ok).toBe(true);
    expect(notes.filter((n) => n.kind !== "missing")).toEqual([]);
  });

  it("keeps blank cells blank and a wrong published 总计 as published", async () => {
    const source = loadFixture("guanting-town-2021");
    source.tables.requests.granted[0] = null;
    source.tables.requests.totalHandled[6] = 999;
    source.tables.proactive.fees.amount = 12.3456;
    const { report } = await importReport(await renderDocx(source), "x.docx");
    expect(report.tables.requests.granted[0]).toBeNull();
    expect(report.tables.requests.totalHandled[6]).toBe(999);
    expect(report.tables.proactive.fees.amount).toBe(12.3456);
  });
});

const cell = fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 5000 }) }, { weight: 1, arbitrary: fc.constant(null) });
const sentence = fc
  .array(fc.constantFrom(..."本机关认真贯彻落实条例要求，进一步加强政府信息公开工作，及时回应社会关切。全年共发布信息条件项".split("")), { minLength: 4, maxLength: 40 })
  .map((cs) => `${cs.join("")}。`);
const text = fc.array(sentence, { minLength: 0, maxLength: 3 }).map((ps) => ps.join("\n"));

function arbitraryReport(format: FormatId): fc.Arbitrary<Report> {
  const t = getTemplate(format);
  const rows = leafRows(t.tables.requests.rows);
  return fc
    .record({
      organ: fc.constantFrom("示例区东湖镇人民政府", "示例市自然资源局", "示例区南源街道办事处"),
      year: format === "2021" ? fc.integer({ min: 2021, max: 2030 }) : fc.integer({ min: 2019, max: 2020 }),
      proactive: fc.array(cell, { minLength: 40, maxLength: 40 }),
      money: fc.integer({ min: 0, max: 99999999 }).map((n) => n / 10000),
      requests: fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { minLength: rows.length, maxLength: rows.length }),
      appeals: fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 3, maxLength: 3 }),
      texts: fc.array(text, { minLength: 8, maxLength: 8 }),
      signedOn: fc.option(fc.date({ min: new Date("2020-01-01"), max: new Date("2031-12-31"), noInvalidDate: true }), { nil: undefined }),
    })
    .map((x) => {
      const r = emptyReport({ year: x.year, organName: x.organ, format });
      let k = 0;
      for (const block of t.tables.proactive.blocks) {
        for (const row of block.rows) {
          for (const f of block.fields) r.tables.proactive[row.key][f.key] = f.kind === "money" ? x.money : x.proactive[k++ % 40];
        }
      }
      rows.forEach((row, i) => (r.tables.requests[row.id] = x.requests[i]));
      t.tables.appeals.groups.forEach((g, i) => (r.tables.appeals[g.key] = x.appeals[i]));
      const [preamble, intro, a, b, c, d, problems, other] = x.texts;
      r.text = { preamble: preamble || "根据《中华人民共和国政府信息公开条例》，现公布本报告。", overview: { intro, proactive: a, onRequest: b, management: c, platforms: d, oversight: a }, problems, other };
      if (x.signedOn) r.meta.signedOn = x.signedOn.toISOString().slice(0, 10);
      return r;
    });
}

describe("property: random valid reports → .docx → import → identical", () => {
  it.each(["2021", "2019"] as const)("%s format", async (format) => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(format), async (source) => {
        const { report } = await importReport(await renderDocx(source), "r.docx");
        expectSameReport(report, source);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

/** A minimal .docx around a body of WordprocessingML. */
function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml), ...extra });
}
const p = (runs: string) => `<w:p>${runs}</w:p>`;
const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

describe("the .docx reader", () => {
  it("joins text split over runs, skips field instructions and bookmarks, reads tabs and breaks", () => {
    const doc = readDocx(
      docx(
        p(`${r("示例区")}<w:bookmarkStart w:id="0" w:name="a"/>${r("东湖")}<w:bookmarkEnd w:id="0"/>${r("镇")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r>`),
      ),
    );
    expect(doc.blocks[0]).toMatchObject({ kind: "paragraph", text: "示例区东湖镇1\t甲\n乙" });
  });

  it("reads gridSpan as colSpan and vMerge as rowSpan, leaving out the covered cells", () => {
    const tc = (t: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(r(t))}</w:tc>`;
    const doc = readDocx(
      docx(
        `<w:tbl><w:tr>${tc("甲", '<w:vMerge w:val="restart"/>')}${tc("乙", '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${tc("", "<w:vMerge/>")}${tc("1")}${tc("2")}</w:tr></w:tbl>`,
      ),
    );
    expect(doc.blocks[0]).toEqual({
      kind: "table",
      rows: [{ cells: [{ text: "甲", rowSpan: 2 }, { text: "乙", colSpan: 2 }] }, { cells: [{ text: "1" }, { text: "2" }] }],
    });
  });
});

describe.skipIf(!hasShared)("the blank national template (.docx)", () => {
  it("reads as the 2021 format with every cell blank, and says what it could not find", async () => {
    const { report, notes } = await importReport(sharedFile("published/national-template-blank-2021.docx"), "模板.docx");
    expect(report.format).toBe("2021");
    const cells = JSON.stringify(report.tables).match(/\d/g);
    expect(cells).toBeNull();
    expect(notes.map((n) => n.section)).toEqual(expect.arrayContaining(["year", "organ"]));
  });
});

describe("年报通's .docx re-saved by LibreOffice (another writer's WordprocessingML)", () => {
  it.each(["wenquan-town-2021", "demo-town-2020"])("%s reads back (texts and every cell)", async (name) => {
    const { report } = await importReport(importFixture(`${name}.libreoffice.docx`), `${name}.docx`);
    expectSameReport(report, loadFixture(name));
  });
});
