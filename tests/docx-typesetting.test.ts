/**
 * The .docx as a 公文 typesetter sets it (GB/T 9704): title lines, 28 characters
 * a line, the signature never alone, table 三's numbers, tables that start where
 * they are, no character Word refuses, and a draft's file name.
 */
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docxFileName, isDraftDownload, renderDocx } from "@/lib/docx";
import { textWidthInChars } from "@/lib/docx/signature";
import { TITLE_LINE_CHARS, titleLines } from "@/lib/docx/title-lines";
import { xmlSafeText } from "@/lib/docx/xml-safe";
import type { Report } from "@/lib/report/types";
import { reportTitle } from "@/lib/template";
import { attr, blocks, bodyParagraphsOf, findCell, openDocx, tablesOf } from "./support/docx-xml";
import { loadFixture } from "./support/fixtures";

async function open(r: Report) {
  const parts = await openDocx(await renderDocx(r, { findings: [] }));
  return { ...parts, tables: tablesOf(parts.document), paragraphs: bodyParagraphsOf(parts.document) };
}

const ORGANS = [
  "原州区官厅镇人民政府",
  "威海市环翠区温泉镇人民政府",
  "示例区自然资源局",
  "寒葱沟镇人民政府",
  "示例区市场监督管理局",
  "示例县人力资源和社会保障局",
  "示例市住房和城乡建设局",
  "北京市海淀区人民政府海淀街道办事处",
  "中共示例省示例市示例区委员会办公室",
  "内蒙古自治区呼伦贝尔市鄂伦春自治旗大杨树镇人民政府",
  "新疆维吾尔自治区伊犁哈萨克自治州霍城县清水河镇人民政府",
];

describe("title lines (GB/T 9704 §7.3.3: 词意完整、排列对称)", () => {
  it("keeps a title that fits one line whole", () => {
    expect(titleLines("某局", 2021)).toEqual(["某局2021年政府信息公开工作年度报告"]);
  });

  it("breaks after the organ name or a word, never inside 信息 or before a stub 年度报告", () => {
    expect(titleLines("威海市环翠区温泉镇人民政府", 2021)).toEqual(["威海市环翠区温泉镇人民政府", "2021年政府信息公开工作年度报告"]);
    expect(titleLines("原州区官厅镇人民政府", 2021)).toEqual(["原州区官厅镇人民政府2021年", "政府信息公开工作年度报告"]);
    expect(titleLines("示例县人力资源和社会保障局", 2022)).toEqual(["示例县人力资源和社会保障局", "2022年政府信息公开工作年度报告"]);
    expect(titleLines("内蒙古自治区呼伦贝尔市鄂伦春自治旗大杨树镇人民政府", 2021)).toEqual([
      "内蒙古自治区呼伦贝尔市",
      "鄂伦春自治旗大杨树镇人民政府",
      "2021年政府信息公开工作年度报告",
    ]);
  });

  it.each(ORGANS)("sets %s in lines of at most 20 characters, whole words, balanced", (organ) => {
    const lines = titleLines(organ, 2021);
    expect(lines.join("")).toBe(reportTitle(organ, 2021));
    const widths = lines.map(textWidthInChars);
    for (const w of widths) expect(w).toBeLessThanOrEqual(TITLE_LINE_CHARS);
    for (const line of lines) {
      expect(line).not.toBe("年度报告");
      expect(line).not.toMatch(/^(息|开|作|报告|度|告)/);
      expect(line).not.toMatch(/(政府信|信息公|工|年度)$/);
    }
    if (lines.length > 1) expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(8);
  });

  it("writes the lines into one title paragraph with explicit line breaks", async () => {
    const r = loadFixture("wenquan-town-2021");
    const title = (await open(r)).paragraphs[0];
    const runs = blocks(title.xml, "r");
    expect(runs).toHaveLength(2);
    expect(runs[0]).not.toContain("<w:br/>");
    expect(runs[1]).toMatch(/<w:br\/><w:t[^>]*>2021年政府信息公开工作年度报告<\/w:t>/);
    expect(title.text).toBe("威海市环翠区温泉镇人民政府2021年政府信息公开工作年度报告");
  });
});

describe("28 characters × 22 lines", () => {
  it("condenses 三号 so that 28 characters fill the 156 mm line; 22 lines of 28.9 pt", async () => {
    const doc = await open(loadFixture("guanting-town-2021"));
    const body = doc.paragraphs.find((p) => p.text.startsWith("主动公开情况"))!;
    const heading = doc.paragraphs.find((p) => p.text === "一、总体情况")!;
    const spacing = Number(attr(body.xml, "spacing", "val"));
    // 28 advances of 16 pt plus the spacing fit 156 mm (8844 twips); 29 do not, nor do 28 without it
    expect(28 * (320 + spacing)).toBeLessThanOrEqual(8844);
    expect(29 * (320 + spacing)).toBeGreaterThan(8844);
    expect(28 * 320).toBeGreaterThan(8844);
    expect(attr(heading.xml, "spacing", "val")).toBe(String(spacing));
    expect(attr(doc.paragraphs.at(-1)!.xml, "spacing", "val")).toBe(String(spacing));
    // no line grid: it would snap every line of the tables to 28.9 pt
    expect(attr(doc.document, "docGrid", "type")).toBeUndefined();
    expect(attr(doc.document, "docGrid", "linePitch")).toBe("578");
    // table text and the title keep their natural spacing
    expect(doc.tables[1].xml).not.toMatch(/<w:spacing w:val=/);
    expect(doc.paragraphs[0].xml).not.toMatch(/<w:spacing w:val=/);
  });
});

describe("the signature never alone on the last page", () => {
  it.each([0, 1, 3, 8, 20])("keeps the last paragraph of 六 with the signature (六 padded by %i lines)", async (pad) => {
    const r = loadFixture("guanting-town-2021");
    r.meta = { ...r.meta, signedBy: "原州区官厅镇人民政府", signedOn: "2022-01-20" };
    r.text.other = [r.text.other, ...Array.from({ length: pad }, (_, i) => `补充说明第${i + 1}条。`.repeat(1 + (i % 5) * 4))].join("\n");
    const paragraphs = (await open(r)).paragraphs;
    const last = paragraphs.at(-3)!;
    const [signature, date] = paragraphs.slice(-2);
    expect(signature.text).toBe(r.meta.signedBy);
    expect(last.xml).toContain("<w:keepNext/>");
    expect(last.xml).toContain("<w:widowControl/>");
    // a short last paragraph moves whole with the signature
    if (last.text.length <= 84) expect(last.xml).toContain("<w:keepLines/>");
    expect(signature.xml).toContain("<w:keepNext/>");
    expect(date.xml).toContain("<w:keepLines/>");
    // only the last paragraph keeps with what follows: the others flow
    expect(paragraphs.at(-4)!.xml.includes("<w:keepNext/>")).toBe(/黑体|楷体/.test(paragraphs.at(-4)!.xml));
  });
});

describe("table 三's numbers", () => {
  it("gives the seven data columns equal widths and every number of the table one size that fits 7 digits", async () => {
    const r = loadFixture("big-numbers-2022");
    const doc = await open(r);
    const table = doc.tables[1];
    const data = table.grid.slice(-7);
    expect(new Set(data).size).toBe(1);
    expect(table.grid.reduce((s, w) => s + w, 0)).toBe(8844);
    const numbers = table.rows.slice(3).flatMap((row) => row.cells.filter((c) => c.column >= 3));
    expect(Math.max(...numbers.map((c) => c.text.length))).toBe(7);
    const sizes = new Set(numbers.map((c) => attr(c.xml, "sz", "val")));
    expect(sizes.size).toBe(1);
    const halfPoints = Number([...sizes][0]);
    for (const c of numbers) {
      const margins = Number(attr(c.xml, "left", "w") ?? 0) + Number(attr(c.xml, "right", "w") ?? 0);
      // 7 Times New Roman digits (½ em each) at that size, with 10 % of the line to spare
      const needed = c.text.length * 0.5 * (halfPoints / 2) * 20;
      expect(needed).toBeLessThanOrEqual((c.width - margins) * 0.9);
    }
    expect(halfPoints).toBeGreaterThanOrEqual(14);
  });

  it("keeps 五号 for a table whose numbers fit", async () => {
    const doc = await open(loadFixture("demo-county-department-2022"));
    const cell = doc.tables[1].rows[3].cells.at(-1)!;
    expect(attr(cell.xml, "sz", "val")).toBeUndefined();
  });
});

describe("tables start where they are", () => {
  it("keeps only table 三's header rows and first rows together, with the header repeating", async () => {
    const doc = await open(loadFixture("long-text-2021"));
    const table = doc.tables[1];
    const keeps = table.rows.map((row) => row.cells.every((c) => /TableTextKeep/.test(c.xml)));
    expect(keeps.slice(0, 4)).toEqual([true, true, true, true]);
    expect(keeps.slice(4).every((k) => !k)).toBe(true);
    expect(table.rows.slice(0, 3).every((row) => row.xml.includes("<w:tblHeader/>"))).toBe(true);
    expect(findCell(table, "一、本年新收政府信息公开申请数量")!.row).toBe(3);
  });
});

const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

function wellFormed(xml: string): boolean {
  if (!XML_CHAR.test(xml)) return false;
  let ok = true;
  try {
    new DOMParser({ onError: (level) => void (level !== "warning" && (ok = false)) }).parseFromString(xml, "text/xml");
  } catch {
    return false;
  }
  return ok;
}

describe("characters XML 1.0 forbids", () => {
  it("removes U+FFFE, U+FFFF, C0 controls and lone surrogates, keeps tab, newline and pairs", () => {
    expect(xmlSafeText("a\ufffeb\uffffc\u0001d\u0008e\u001ff\ud800g\udc00h😀\ti\nj")).toBe("abcdefgh😀\ti\nj");
    expect(xmlSafeText("甲\u000b乙\u000c丙")).toBe("甲\n乙\n丙");
  });

  it("writes a well-formed document.xml whatever every text field holds", async () => {
    const base = loadFixture("demo-town-2020");
    // Long strings, few runs: each run covers about as many characters as many short ones, at one render's cost.
    const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 160 });
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 12, maxLength: 12 }), async (t) => {
        const r: Report = structuredClone(base);
        r.organ.name = `镇${t[0]}`;
        r.text.preamble = t[1];
        const parts = Object.keys(r.text.overview) as (keyof Report["text"]["overview"])[];
        parts.forEach((k, i) => (r.text.overview[k] = t[2 + (i % 6)]));
        r.text.problems = t[8];
        r.text.other = t[9];
        r.meta = { ...r.meta, signedBy: t[10] };
        const doc = await openDocx(await renderDocx(r));
        for (const [name, xml] of Object.entries(doc.files)) expect(wellFormed(xml), name).toBe(true);
        expect(t[11]).toBeDefined();
      }),
      { numRuns: 10 },
    );
  }, 60_000);

  it("the check itself catches the characters it guards against", () => {
    expect(wellFormed('<a>\uffff</a>')).toBe(false);
    expect(wellFormed("<a>\u0001</a>")).toBe(false);
    expect(wellFormed("<a><b></a>")).toBe(false);
    expect(wellFormed("<a>甲😀</a>")).toBe(true);
  });
});

describe("a draft's file name", () => {
  const report = { organ: { name: "原州区官厅镇人民政府", kind: "township" as const }, year: 2021 };

  it("says 征求意见稿 while the report has errors or is not approved", () => {
    expect(docxFileName(report, true)).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告（征求意见稿）.docx");
    expect(docxFileName(report)).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告.docx");
    const error = { rule: "R1", severity: "error", message: "x" } as const;
    const warning = { rule: "W6", severity: "warning", message: "y" } as const;
    expect(isDraftDownload([error], "approved")).toBe(true);
    expect(isDraftDownload([warning], "draft")).toBe(true);
    expect(isDraftDownload([warning], "submitted")).toBe(true);
    expect(isDraftDownload([warning], "approved")).toBe(false);
    expect(isDraftDownload([], "published")).toBe(false);
    expect(isDraftDownload([])).toBe(false);
  });
});
