/**
 * The PDF reader's geometry on shapes made by hand: page numbers, tables from
 * rulings (merged cells as spans), lines into paragraphs.
 */
import { describe, expect, it } from "vitest";
import type { Glyph, Segment } from "@/lib/import/pdf/geometry";
import { isPageNumber } from "@/lib/import/pdf/page-furniture";
import { measureText, paragraphsOf, type PageLine } from "@/lib/import/pdf/paragraphs";
import { ruledTables } from "@/lib/import/pdf/table-grid";
import { cellText, lineOf, linesOf } from "@/lib/import/pdf/text-lines";

/** Glyphs of `text` set from x at size `size`, CJK one em each, Latin half. */
function glyphs(text: string, x: number, y: number, size = 16): Glyph[] {
  const out: Glyph[] = [];
  for (const ch of text) {
    const w = /[\x20-\x7e]/.test(ch) ? size / 2 : size;
    if (ch !== " ") out.push({ ch, x0: x, x1: x + w, cx: x + w / 2, cy: y, size });
    x += w;
  }
  return out;
}

describe("page numbers", () => {
  const at = (text: string, y: number) => lineOf(glyphs(text, 280, y));
  it("are recognised in their printed forms at the foot or head of the page", () => {
    for (const t of ["— 3 —", "-3-", "- 12 -", "第3页", "第 3 页 共 6 页", "3/6", "7"]) expect(isPageNumber(at(t, 800), 842)).toBe(true);
    expect(isPageNumber(at("— 3 —", 400), 842)).toBe(true);
  });
  it("are not body text, a bare number in the page or a bare number inside a table", () => {
    expect(isPageNumber(at("3", 400), 842)).toBe(false);
    expect(isPageNumber(at("第三页的内容", 800), 842)).toBe(false);
    expect(isPageNumber(at("12", 800), 842, true)).toBe(false);
    expect(isPageNumber(at("-3-", 800), 842, true)).toBe(true);
  });
});

describe("tables from rulings", () => {
  const h = (y: number, a: number, b: number): Segment => ({ dir: "h", pos: y, a, b });
  const v = (x: number, a: number, b: number): Segment => ({ dir: "v", pos: x, a, b });

  it("cut the grid at every border and merge squares with no border between them", () => {
    // 3 columns × 3 rows; the left cell spans rows 2–3, the top row spans all columns.
    const segments = [h(100, 0, 300), h(130, 0, 300), h(160, 100, 300), h(190, 0, 300), v(0, 100, 190), v(300, 100, 190), v(100, 130, 190), v(200, 130, 190.5)];
    const [t] = ruledTables(segments);
    expect(t.cells.map(({ row, col, rowSpan, colSpan }) => [row, col, rowSpan, colSpan])).toEqual([
      [0, 0, 1, 3],
      [1, 0, 2, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
  });

  it("treat double lines and pieces drawn cell by cell as one border", () => {
    const segments = [h(100, 0, 100), h(100.8, 100, 200), h(150, 0, 200), v(0, 100, 150), v(200, 100, 150), v(100, 100, 125), v(100.5, 125, 150)];
    const [t] = ruledTables(segments);
    expect(t.xs).toHaveLength(3);
    expect(t.ys).toHaveLength(2);
    expect(t.cells).toHaveLength(2);
  });

  it("find two tables where the rulings do not touch, and no table in a lone box", () => {
    const box = (y: number) => [h(y, 0, 100), h(y + 40, 0, 100), h(y + 20, 0, 100), v(0, y, y + 40), v(100, y, y + 40)];
    expect(ruledTables([...box(0), ...box(100)])).toHaveLength(2);
    expect(ruledTables([h(0, 0, 100), h(40, 0, 100), v(0, 0, 40), v(100, 0, 40)])).toHaveLength(0);
  });
});

describe("cell and line text", () => {
  it("joins a label wrapped inside a cell, and vertical text one character per line, without spaces", () => {
    expect(cellText([...glyphs("5.要求行政机关确认或重新出", 0, 10, 10), ...glyphs("具已获取信息", 0, 24, 10)])).toBe("5.要求行政机关确认或重新出具已获取信息");
    const vertical = [..."三、本年度办理结果"].flatMap((ch, i) => glyphs(ch, 5, 10 + 14 * i, 10));
    expect(cellText(vertical.reverse())).toBe("三、本年度办理结果");
  });

  it("reads words by position, whatever order they were written in", () => {
    const g = glyphs("2024年全市共受理3119件", 0, 10);
    expect(linesOf([...g].reverse())[0].text).toBe("2024年全市共受理3119件");
  });

  it("keeps a space only between Latin words", () => {
    expect(lineOf(glyphs("Times New Roman 仿宋", 0, 10)).text).toBe("Times New Roman仿宋");
  });

  it("lets digits in a larger font share the line with smaller labels", () => {
    expect(linesOf([...glyphs("规章", 0, 280, 10), ...glyphs("11", 170, 281, 14)])).toHaveLength(1);
  });
});

describe("paragraphs", () => {
  const line = (text: string, x: number, y: number, page = 1, size = 16): PageLine => ({ ...lineOf(glyphs(text, x, y, size)), page });
  const body = "政府信息公开工作年度报告正文的一整行共二十八个汉字宽度的文字";

  it("start at a first-line indent, after a short line and across a page break continue", () => {
    const left = 74;
    const lines = [
      line("标题第一行", 200, 60, 1, 22),
      line("标题第二行", 200, 90, 1, 22),
      line("一、总体情况", left + 32, 140),
      line(body.slice(0, 28), left + 32, 168),
      line(body, left, 196),
      line("段落最后一行。", left, 224),
      line(body.slice(0, 28), left + 32, 252),
      line(body, left, 280),
      line(body, left, 60, 2),
      line("到下一页才结束。", left, 88, 2),
      line("某某镇人民政府", 360, 150, 2),
      line("2022年1月20日", 380, 178, 2),
    ];
    const got = paragraphsOf(lines, measureText(lines)).map((p) => [p.text, p.emphasis]);
    expect(got).toEqual([
      ["标题第一行标题第二行", true],
      ["一、总体情况", false],
      [body.slice(0, 28) + body + "段落最后一行。", false],
      [body.slice(0, 28) + body + body + "到下一页才结束。", false],
      ["某某镇人民政府", false],
      ["2022年1月20日", false],
    ]);
  });
});
