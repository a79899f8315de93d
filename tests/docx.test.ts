import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { renderDocx } from "@/lib/docx";
import { fittingSize, numberWidthEm } from "@/lib/docx/number-fit";
import { signatureIndents, textWidthInChars } from "@/lib/docx/signature";
import { withoutRepeatedHeading } from "@/lib/docx/text-lines";
import { setCell } from "@/lib/report/cells";
import { emptyReport } from "@/lib/report/empty";
import type { Report } from "@/lib/report/types";
import { getTemplate, leafRows, reportTitle, type FormatId, type TableId } from "@/lib/template";
import { tableGrid, type GridText } from "@/lib/template/layout";
import {
  attr,
  bodyParagraphsOf,
  effectiveAttr,
  findCell,
  mergedRowCount,
  openDocx,
  styleXml,
  tablesOf,
  type DocxTable,
} from "./support/docx-xml";
import { loadFixture } from "./support/fixtures";

const FORMATS: [FormatId, number][] = [
  ["2021", 2021],
  ["2019", 2020],
];
const TABLE_ORDER: TableId[] = ["proactive", "requests", "appeals"];

function report(format: FormatId, year: number): Report {
  const r = emptyReport({ year, organName: "示例县东湖镇人民政府", format });
  r.text.preamble = "根据《条例》规定，现公布本报告。\n\n　　本报告中所列数据的统计期限自1月1日起至12月31日止。";
  r.text.overview = {
    intro: "本年度总体情况如下。",
    proactive: "主动公开信息120条。",
    onRequest: "未收到政府信息公开申请。",
    management: "健全制度。",
    platforms: "维护网站。",
    oversight: "开展培训2次。",
  };
  r.text.problems = "问题一。\n改进一。";
  r.text.other = "本年度未收取信息处理费。";
  r.meta = { signedBy: "示例县东湖镇人民政府", signedOn: "2022-01-20" };
  return r;
}

async function open(r: Report, findings?: Parameters<typeof renderDocx>[1]) {
  const parts = await openDocx(await renderDocx(r, findings));
  return { ...parts, tables: tablesOf(parts.document), paragraphs: bodyParagraphsOf(parts.document) };
}

const gridTexts = (format: FormatId, table: TableId) =>
  tableGrid(getTemplate(format), table)
    .rows.flat()
    .filter((c): c is GridText => c.type === "text");

/** The paragraph or its style carries <w:keepNext/> (an attribute-less element). */
function styleKeeps(xml: string, styles: string): boolean {
  if (/<w:keepNext\/>/.test(xml)) return true;
  let id = attr(xml, "pStyle", "val");
  while (id) {
    const style = styleXml(styles, id);
    if (!style) return false;
    if (/<w:keepNext\/>/.test(style)) return true;
    id = attr(style, "basedOn", "val");
  }
  return false;
}

/** Grid column of a header cell, and the cell of a labelled row in that column. */
function valueAt(table: DocxTable, rowLabel: string, columnLabel: string): string | undefined {
  const column = findCell(table, columnLabel)!.cell.column;
  const row = findCell(table, rowLabel)!.row;
  return table.rows[row].cells.find((c) => c.column === column)?.text;
}

describe.each(FORMATS)("renderDocx, %s format", (format, year) => {
  it("prints every caption, header and row label of the three tables, character for character, in its table", async () => {
    const doc = await open(report(format, year));
    expect(doc.tables).toHaveLength(3);
    TABLE_ORDER.forEach((id, i) => {
      const printed = doc.tables[i].rows.flatMap((r) => r.cells.filter((c) => c.vMerge !== "continue").map((c) => c.text));
      const expected = gridTexts(format, id).map((c) => c.text);
      expect(expected.length).toBeGreaterThan(5);
      for (const label of expected) expect(printed).toContain(label);
    });
  });

  it("orders title, preamble, sections with sub-heads, tables in 二/三/四, and the signature", async () => {
    const t = getTemplate(format);
    const doc = await open(report(format, year));
    const texts = doc.paragraphs.map((p) => p.text).filter(Boolean);
    const expected = [
      reportTitle("示例县东湖镇人民政府", year),
      "根据《条例》规定，现公布本报告。",
      // the pasted full-width indent is dropped: the style indents
      "本报告中所列数据的统计期限自1月1日起至12月31日止。",
      t.sections[0].heading,
      "本年度总体情况如下。",
      ...t.overviewParts.flatMap((p) => [p.heading, report(format, year).text.overview[p.key]]),
      t.sections[1].heading,
      "[TABLE]",
      t.sections[2].heading,
      "[TABLE]",
      t.sections[3].heading,
      "[TABLE]",
      t.sections[4].heading,
      "问题一。",
      "改进一。",
      t.sections[5].heading,
      "本年度未收取信息处理费。",
      "示例县东湖镇人民政府",
      "2022年1月20日",
    ];
    expect(texts).toEqual(expected);
    const [signature, date] = doc.paragraphs.slice(-2);
    expect(attr(signature.xml, "jc", "val")).toBe("right");
    expect(attr(date.xml, "jc", "val")).toBe("right");
  });

  it("merges table 三 as the template: note 3×3, 申请人情况 over 7, 三、本年度办理结果 over every result row, the groups over their items", async () => {
    const tpl = getTemplate(format);
    const doc = await open(report(format, year));
    const table = doc.tables[1];
    const cell = (text: string) => findCell(table, text)!;

    const note = cell(tpl.tables.requests.corner.text);
    expect([note.row, note.cell.gridSpan, note.cell.vMerge]).toEqual([0, 3, "restart"]);
    expect(mergedRowCount(table, note.row, note.cell.column)).toBe(3);
    expect(table.rows[1].cells[0]).toMatchObject({ vMerge: "continue", gridSpan: 3, column: 0 });
    expect(table.rows[2].cells[0]).toMatchObject({ vMerge: "continue", gridSpan: 3, column: 0 });

    expect(cell("申请人情况").cell.gridSpan).toBe(7);
    expect(cell("法人或其他组织").cell.gridSpan).toBe(5);
    for (const label of ["自然人", "总计"]) {
      const c = cell(label);
      expect(c.cell.vMerge).toBe("restart");
      expect(mergedRowCount(table, c.row, c.cell.column)).toBe(2);
    }

    const results = cell("三、本年度办理结果");
    expect(results.cell.vMerge).toBe("restart");
    expect(mergedRowCount(table, results.row, results.cell.column)).toBe(format === "2021" ? 22 : 20);
    expect(results.cell.xml).toContain('<w:textDirection w:val="tbRl"/>');

    const groups: [string, number][] = [
      ["（三）不予公开", 8],
      ["（四）无法提供", 3],
      ["（五）不予处理", 5],
      ...(format === "2021" ? ([["（六）其他处理", 3]] as [string, number][]) : []),
    ];
    for (const [label, rows] of groups) {
      const g = cell(label);
      expect(g.cell.vMerge, label).toBe("restart");
      expect(mergedRowCount(table, g.row, g.cell.column), label).toBe(rows);
    }
    if (format === "2019") {
      const single = cell("（六）其他处理");
      expect(single.cell.vMerge).toBeUndefined();
      expect(single.cell.gridSpan).toBe(2);
    }
    for (const label of ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "四、结转下年度继续办理"]) {
      expect(cell(label).cell.gridSpan, label).toBe(3);
    }
    expect(cell("（七）总计").cell.gridSpan).toBe(2);
    // Every data row: its labels fill the 3 label columns, then 7 numbers.
    const dataRows = table.rows.slice(3);
    expect(dataRows).toHaveLength(leafRows(tpl.tables.requests.rows).length);
    for (const row of dataRows) expect(row.cells.filter((c) => c.column >= 3)).toHaveLength(7);
  });

  it("merges table 四's header: 行政复议 over 5, 行政诉讼 over 10, its two groups over 5, 行政复议's columns over two rows", async () => {
    const table = (await open(report(format, year))).tables[2];
    const cell = (text: string) => findCell(table, text)!;
    expect(cell("行政复议").cell.gridSpan).toBe(5);
    expect(cell("行政诉讼").cell.gridSpan).toBe(10);
    expect(cell("未经复议直接起诉").cell.gridSpan).toBe(5);
    expect(cell("复议后起诉").cell.gridSpan).toBe(5);
    const first = cell("结果维持");
    expect([first.row, first.cell.vMerge, mergedRowCount(table, first.row, first.cell.column)]).toEqual([1, "restart", 2]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[3].cells).toHaveLength(15);
  });

  it("lays every table out fixed, centred, 156 mm wide, with the grid and every cell's width, header rows repeating and rows unsplit", async () => {
    const doc = await open(report(format, year));
    TABLE_ORDER.forEach((id, i) => {
      const table = doc.tables[i];
      const grid = tableGrid(getTemplate(format), id);
      expect(table.xml).toContain('<w:tblLayout w:type="fixed"/>');
      expect(attr(table.xml, "jc", "val")).toBe("center");
      expect(table.grid).toHaveLength(grid.widths.length);
      // mm → twips, as in the template's widths; table 三's seven number columns share their width equally
      const data = id === "requests" ? grid.widths.length - 7 : grid.widths.length;
      table.grid.slice(0, data).forEach((w, c) => expect(Math.abs(w - (grid.widths[c] * 1440) / 25.4)).toBeLessThan(c === 2 && data < grid.widths.length ? 7 : 1));
      if (id === "requests") expect(new Set(table.grid.slice(data)).size).toBe(1);
      expect(table.grid.reduce((s, w) => s + w, 0)).toBe(8844); // 156 mm
      expect(Number(attr(table.xml, "tblW", "w"))).toBe(8844);
      for (const row of table.rows) {
        expect(row.xml).toContain("<w:cantSplit/>");
        for (const c of row.cells) {
          expect(c.width).toBe(table.grid.slice(c.column, c.column + c.gridSpan).reduce((s, w) => s + w, 0));
        }
        expect(row.cells.reduce((s, c) => s + c.gridSpan, 0)).toBe(table.grid.length);
      }
      const headerRows = table.rows.filter((r) => r.xml.includes("<w:tblHeader/>"));
      expect(headerRows.map((r) => table.rows.indexOf(r))).toEqual([...Array(grid.headerRows).keys()]);
      // the header rows and the first rows start the table together (a caption or header row keeps with its rows);
      // the rest may run on to the next page under the repeated header
      const keeps = table.rows.map((r) => r.cells.every((c) => styleKeeps(c.xml, doc.styles)));
      const rowsWithNumbers = table.rows.map((r, i) => i >= grid.headerRows && grid.rows[i].some((c) => c.type === "input"));
      expect(keeps).toEqual(table.rows.map((_, i) => i < table.rows.length - 1 && (i < grid.headerRows + 1 || !rowsWithNumbers[i])));
      if (id === "requests") expect(keeps.filter(Boolean).length).toBe(grid.headerRows + 1);
    });
  });

  it("sets the page and type of GB/T 9704: A4, margins 37/28/35/26 mm, 三号 仿宋_GB2312 with Times New Roman, 22 lines, 2-character indent", async () => {
    const doc = await open(report(format, year));
    expect(attr(doc.document, "pgSz", "w")).toBe("11906");
    expect(attr(doc.document, "pgSz", "h")).toBe("16838");
    expect(attr(doc.document, "pgMar", "top")).toBe("2098");
    expect(attr(doc.document, "pgMar", "left")).toBe("1587");
    expect(attr(doc.document, "pgMar", "bottom")).toBe("1984");
    expect(attr(doc.document, "pgMar", "right")).toBe("1474");

    const body = doc.paragraphs.find((p) => p.text === "问题一。")!;
    expect(attr(body.xml, "rFonts", "eastAsia")).toBe("仿宋_GB2312");
    expect(attr(body.xml, "rFonts", "ascii")).toBe("Times New Roman");
    expect(attr(body.xml, "rFonts", "hAnsi")).toBe("Times New Roman");
    expect(attr(body.xml, "sz", "val")).toBe("32");
    expect(attr(body.xml, "spacing", "line")).toBe("578");
    expect(attr(body.xml, "spacing", "lineRule")).toBe("exact");
    // 225 mm text block / 22 lines
    expect(Math.floor(((225 / 25.4) * 1440) / 578)).toBe(22);
    expect(attr(body.xml, "ind", "firstLineChars")).toBe("200");

    const title = doc.paragraphs[0];
    expect(attr(title.xml, "rFonts", "eastAsia")).toBe("方正小标宋简体");
    expect(attr(title.xml, "sz", "val")).toBe("44");
    expect(attr(title.xml, "jc", "val")).toBe("center");
    const t = getTemplate(format);
    const h1 = doc.paragraphs.find((p) => p.text === t.sections[4].heading)!;
    expect(attr(h1.xml, "rFonts", "eastAsia")).toBe("黑体");
    const h2 = doc.paragraphs.find((p) => p.text === t.overviewParts[0].heading)!;
    expect(attr(h2.xml, "rFonts", "eastAsia")).toBe("楷体_GB2312");
    // a PC without the GB2312 fonts substitutes the ones Windows ships, not 宋体
    const font = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(doc.files["word/fontTable.xml"])?.[1];
    expect([font("仿宋_GB2312"), font("楷体_GB2312"), font("方正小标宋简体")]).toEqual(["仿宋", "楷体", "宋体"]);
    // the document default too, for text a user types in Word
    expect(doc.styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<\/w:docDefaults>/);
  });

  it("sets table text in 五号, the template's notes in 楷体_GB2312 and numbers centred", async () => {
    const tpl = getTemplate(format);
    const doc = await open(report(format, year));
    const table = doc.tables[1];
    const note = findCell(table, tpl.tables.requests.corner.text)!.cell;
    expect(attr(note.xml, "rFonts", "eastAsia")).toBe("楷体_GB2312");
    const partial = gridTexts(format, "requests").find((c) => c.kai && c.text !== tpl.tables.requests.corner.text)!;
    const partialCell = findCell(table, partial.text)!.cell;
    const runs = [...partialCell.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
    const kaiRuns = runs.filter((r) => r.includes('w:eastAsia="楷体_GB2312"'));
    expect(kaiRuns.map((r) => /<w:t[^>]*>([^<]*)</.exec(r)![1])).toEqual([partial.kai]);
    const number = table.rows[3].cells.at(-1)!;
    expect(number.text).toBe("0");
    expect(effectiveAttr(number.xml, doc.styles, "jc", "val")).toBe("center");
    expect(effectiveAttr(number.xml, doc.styles, "sz", "val")).toBe("21");
    expect(effectiveAttr(number.xml, doc.styles, "rFonts", "eastAsia")).toBe("仿宋_GB2312");
    expect(effectiveAttr(number.xml, doc.styles, "rFonts", "ascii")).toBe("Times New Roman");
    // single spacing in tables, not the body's fixed 28.9 pt
    expect(effectiveAttr(number.xml, doc.styles, "spacing", "lineRule")).toBe("auto");
    // row labels of table 三 left, everything else centred
    const label = findCell(table, "一、本年新收政府信息公开申请数量")!.cell;
    expect(effectiveAttr(label.xml, doc.styles, "jc", "val")).toBe("left");
    expect(effectiveAttr(findCell(table, "申请人情况")!.cell.xml, doc.styles, "jc", "val")).toBe("center");
  });

  it("numbers the pages — N — in 四号 宋体, odd pages right and even pages left", async () => {
    const doc = await open(report(format, year));
    expect(doc.settings).toContain("<w:evenAndOddHeaders/>");
    expect(doc.document).toMatch(/<w:footerReference w:type="default"/);
    expect(doc.document).toMatch(/<w:footerReference w:type="even"/);
    expect(doc.footers).toHaveLength(2);
    const sides = doc.footers.map((f) => attr(f, "jc", "val")).sort();
    expect(sides).toEqual(["left", "right"]);
    for (const f of doc.footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toMatch(/<w:t[^>]*>— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —<\/w:t>/);
      expect(attr(f, "rFonts", "eastAsia")).toBe("宋体");
      expect(attr(f, "sz", "val")).toBe("28");
    }
  });

  it("prints a blank cell blank and keeps the decimals of money", async () => {
    const r = report(format, year);
    const money = format === "2021" ? { row: "fees", column: "amount" } : { row: "procurement", column: "amount" };
    setCell(r, { table: "proactive", ...money }, 75.926);
    setCell(r, { table: "requests", row: "granted", column: 1 }, null);
    const doc = await open(r, { findings: [] });
    const proactiveRow = getTemplate(format).tables.proactive.blocks.flatMap((b) => b.rows).find((x) => x.key === money.row)!;
    const row = doc.tables[0].rows.find((x) => x.cells[0].text === proactiveRow.label)!;
    expect(row.cells.map((c) => c.text).slice(-1)).toEqual(["75.926"]);
    expect(valueAt(doc.tables[1], "（一）予以公开", "商业企业")).toBe("");
  });
});

describe("renderDocx, numbers of a real report", () => {
  it("puts each number of demo-county-department-2022 in its cell", async () => {
    const r = loadFixture("demo-county-department-2022");
    const doc = await open(r);
    const [proactive, requests, appeals] = doc.tables;
    expect(valueAt(requests, "（一）予以公开", "自然人")).toBe(String(r.tables.requests.granted[0]));
    expect(valueAt(requests, "（一）予以公开", "总计")).toBe(String(r.tables.requests.granted[6]));
    expect(valueAt(requests, "一、本年新收政府信息公开申请数量", "其他")).toBe(String(r.tables.requests.newRequests[5]));
    expect(valueAt(requests, "四、结转下年度继续办理", "自然人")).toBe(String(r.tables.requests.carriedForward[0]));
    // every data row of table 三 in template order, all 7 columns
    const tpl = getTemplate(r.format);
    leafRows(tpl.tables.requests.rows).forEach((leaf, i) => {
      const cells = requests.rows[3 + i].cells.filter((c) => c.column >= 3).map((c) => c.text);
      expect(cells, leaf.id).toEqual(r.tables.requests[leaf.id].map(String));
    });
    const fees = proactive.rows.find((x) => x.cells[0].text === "行政事业性收费")!;
    expect(fees.cells[1].text).toBe(String(r.tables.proactive.fees.amount));
    expect(appeals.rows[3].cells.map((c) => c.text)).toEqual(
      ["reconsideration", "litigationDirect", "litigationAfterReconsideration"].flatMap((k) => r.tables.appeals[k].map(String)),
    );
  });
});

describe("renderDocx, drafts", () => {
  it("exports a report without errors clean: no header, no 征求意见稿", async () => {
    const r = loadFixture("demo-county-department-2022");
    expect(check(r).filter((f) => f.severity === "error")).toHaveLength(0);
    const doc = await open(r);
    expect(doc.headers).toHaveLength(0);
    expect(Object.values(doc.files).some((x) => x.includes("征求意见稿"))).toBe(false);
  });

  it("marks a report with errors 征求意见稿 with the number of errors, on odd and even pages", async () => {
    const r = loadFixture("demo-county-department-2022");
    r.tables.requests.granted[0] = (r.tables.requests.granted[0] ?? 0) + 1; // breaks R2 and R3 at least
    const errors = check(r).filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    const doc = await open(r);
    expect(doc.headers.length).toBeGreaterThan(0);
    for (const h of doc.headers) expect(h).toContain(`征求意见稿（尚有 ${errors} 处错误未改正）`);
    expect(doc.document).toMatch(/<w:headerReference w:type="default"/);
    expect(doc.document).toMatch(/<w:headerReference w:type="even"/);
  });

  it("takes the findings it is given instead of checking again", async () => {
    const r = loadFixture("demo-county-department-2022");
    const doc = await open(r, {
      findings: [
        { rule: "R1", severity: "error", message: "x" },
        { rule: "R2", severity: "error", message: "y" },
        { rule: "W6", severity: "warning", message: "z" },
      ],
    });
    expect(doc.headers[0]).toContain("征求意见稿（尚有 2 处错误未改正）");
    const warningsOnly = await open(r, { findings: [{ rule: "W6", severity: "warning", message: "z" }] });
    expect(warningsOnly.headers).toHaveLength(0);
  });
});

describe("renderDocx, pasted text", () => {
  it("splits paragraphs at Word's manual line breaks and Windows line ends too", async () => {
    const r = loadFixture("demo-town-2020");
    r.text.problems = "甲。\u000B乙。\r\n丙。\r丁。\u2029戊。";
    const texts = (await open(r)).paragraphs.map((p) => p.text);
    const at = texts.indexOf("甲。");
    expect(texts.slice(at, at + 5)).toEqual(["甲。", "乙。", "丙。", "丁。", "戊。"]);
  });
});

describe("renderDocx, a heading pasted with the text", () => {
  it("prints the template's heading once when the text starts with the same heading", async () => {
    const r = loadFixture("demo-county-department-2022");
    const t = getTemplate(r.format);
    r.text.overview.proactive = "　　（一）主动公开政府信息情况\n全年公开信息100条。";
    r.text.problems = `${t.sections[4].heading}\n问题一。`;
    r.text.other = "（一）人大代表建议办理结果公开情况\n本年度无。"; // a sub-head of 六 of its own, not a repeat of 六、
    const texts = (await open(r)).paragraphs.map((p) => p.text);
    expect(texts.filter((x) => x.startsWith("（一）主动公开"))).toEqual([t.overviewParts[0].heading]);
    expect(texts.filter((x) => x === t.sections[4].heading)).toHaveLength(1);
    expect(texts).toContain("全年公开信息100条。");
    expect(texts).toContain("问题一。");
    expect(texts).toContain("（一）人大代表建议办理结果公开情况");
  });

  it("keeps a first line that only starts like the heading but is a sentence", () => {
    expect(withoutRepeatedHeading("（一）主动公开：全年公开100条。", "（一）主动公开")).toBe("（一）主动公开：全年公开100条。");
    expect(withoutRepeatedHeading("\n（二）依申请公开\n正文", "（二）依申请公开")).toBe("正文");
  });
});

describe("renderDocx, the clerk's own sub-heads", () => {
  it("sets a line that is only （一）… in 楷体 and keeps a run-in （一）…：text in 仿宋", async () => {
    const r = loadFixture("demo-county-department-2022");
    r.text.other = "（一）人大代表建议和政协提案办理结果公开情况\n本年度承办建议10件。\n（二）信息处理费：本年度未收取信息处理费。";
    const doc = await open(r);
    const font = (text: string) => attr(doc.paragraphs.find((p) => p.text === text)!.xml, "rFonts", "eastAsia");
    expect(font("（一）人大代表建议和政协提案办理结果公开情况")).toBe("楷体_GB2312");
    expect(font("本年度承办建议10件。")).toBe("仿宋_GB2312");
    expect(font("（二）信息处理费：本年度未收取信息处理费。")).toBe("仿宋_GB2312");
  });
});

describe("renderDocx, signature block (GB/T 9704 §7.3.5.2, no seal)", () => {
  it("puts the signature 2 characters in and the date's first character 2 to the right of the signature's", () => {
    // 示例区自然资源局: 8 characters; 2023年1月18日: 6.5 (digits are half-width)
    expect(textWidthInChars("2023年1月18日")).toBe(6.5);
    expect(signatureIndents("示例区自然资源局", "2023年1月18日")).toEqual({ signature: 2.5, date: 2 });
    expect(signatureIndents("原州区官厅镇人民政府", "2022年1月20日")).toEqual({ signature: 2, date: 3.5 });
    for (const [name, date] of [["示例区自然资源局", "2023年1月18日"], ["原州区官厅镇人民政府", "2022年12月31日"], ["某局", "2022年1月2日"]]) {
      const i = signatureIndents(name, date);
      const nameStart = i.signature + textWidthInChars(name);
      const dateStart = i.date + textWidthInChars(date);
      expect(nameStart - dateStart).toBe(2);
      expect(Math.min(i.signature, i.date)).toBeGreaterThanOrEqual(2);
    }
  });

  it("writes those indents on the right of the two paragraphs, in twips of 三号", async () => {
    const r = loadFixture("demo-county-department-2022");
    const doc = await open(r);
    const [signature, date] = doc.paragraphs.slice(-2);
    expect([signature.text, date.text]).toEqual(["示例区自然资源局", "2023年1月18日"]);
    expect(attr(signature.xml, "ind", "right")).toBe(String(2.5 * 320));
    expect(attr(date.xml, "ind", "right")).toBe(String(2 * 320));
  });
});

describe("renderDocx, long numbers", () => {
  it("keeps 五号 while a number fits its cell and shrinks it (not below 7 pt) when it would wrap", () => {
    expect(numberWidthEm("75.926")).toBeCloseTo(2.75);
    // 10 mm column less 2 × 1 mm margins = 454 twips = 22.7 pt
    expect(fittingSize("1234", 454, 10.5)).toBe(10.5);
    expect(fittingSize("67802", 454, 10.5)).toBe(9);
    expect(fittingSize("123456789012", 454, 10.5)).toBe(7);
  });

  it("writes the smaller size of a 6-digit count in table 三 on every number of that table, and only of that table", async () => {
    const r = loadFixture("demo-county-department-2022");
    r.tables.requests.granted[6] = 123456;
    const doc = await open(r, { findings: [] });
    const table = doc.tables[1];
    const row = findCell(table, "（一）予以公开")!.row;
    const total = table.rows[row].cells.at(-1)!;
    expect(total.text).toBe("123456");
    expect(Number(attr(total.xml, "sz", "val"))).toBeLessThan(21);
    expect(attr(table.rows[row].cells.at(-2)!.xml, "sz", "val")).toBe(attr(total.xml, "sz", "val"));
    expect(Number(effectiveAttr(doc.tables[2].rows[3].cells[0].xml, doc.styles, "sz", "val"))).toBe(21);
  });
});
