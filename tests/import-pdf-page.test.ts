/**
 * One page as pdfjs hands it over, made by hand: the text items and drawing
 * operators WPS writes (cells out of order, borders as strokes or as thin
 * filled rectangles, the page number inside the table's last cell).
 */
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api";
import { describe, expect, it } from "vitest";
import { readPage } from "@/lib/import/pdf/page-layout";

const HEIGHT = 842;
/** A text item at (x, top) in reading coordinates, as pdfjs reports it (PDF y points up). */
const item = (str: string, x: number, top: number, size = 10) => ({
  str,
  dir: "ltr",
  transform: [size, 0, 0, size, x, HEIGHT - top - size * 0.85],
  width: Array.from(str).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0),
  height: size,
  fontName: "f1",
  hasEOL: false,
});

type Line = [number, number, number, number];
const M = 0;
const L = 1;

/** Borders as stroked lines, one path per line (in PDF coordinates). */
function strokes(lines: Line[]) {
  return lines.map(([x1, y1, x2, y2]) => ({ fn: OPS.constructPath, args: [OPS.stroke, [new Float32Array([M, x1, HEIGHT - y1, L, x2, HEIGHT - y2])], null] }));
}

/** Borders as filled rectangles 0.5 pt thick, all in one path. */
function fills(lines: Line[]) {
  const data: number[] = [];
  for (const [x1, y1, x2, y2] of lines) {
    const [a, b] = y1 === y2 ? [x2 - x1, 0.5] : [0.5, y2 - y1];
    const x = x1;
    const y = HEIGHT - y1 - b;
    data.push(M, x, y, L, x + a, y, L, x + a, y + b, L, x, y + b, 4);
  }
  return [{ fn: OPS.constructPath, args: [OPS.eoFill, [new Float32Array(data)], null] }];
}

function page(items: ReturnType<typeof item>[], ops: { fn: number; args: unknown[] }[]): PDFPageProxy {
  return {
    view: [0, 0, 595, HEIGHT],
    getTextContent: async () => ({ items, styles: {}, lang: null }),
    getOperatorList: async () => ({ fnArray: ops.map((o) => o.fn), argsArray: ops.map((o) => o.args) }),
  } as unknown as PDFPageProxy;
}

// Two columns, three rows; the last row runs to the foot of the page, where the page number is printed.
const grid: Line[] = [
  [100, 100, 400, 100],
  [100, 130, 400, 130],
  [100, 160, 400, 160],
  [100, 800, 400, 800],
  [100, 100, 100, 800],
  [250, 100, 250, 800],
  [400, 100, 400, 800],
];
// Written as WPS writes them: numbers first, labels after, in no reading order.
const items = [item("8", 300, 140), item("1", 300, 110), item("-4-", 240, 780, 14), item("行政规范性文件", 110, 140), item("规章", 110, 110), item("二、主动公开政府信息情况", 100, 60, 16)];

describe("a hand-made WPS page", () => {
  for (const [how, ops] of [
    ["stroked", strokes(grid)],
    ["filled", fills(grid)],
  ] as const) {
    it(`rebuilds the table from ${how} borders, cells by position, the page number out of the cell`, async () => {
      const layout = await readPage(page(items, ops), 4);
      expect(layout.tables).toHaveLength(1);
      const cells = layout.tables[0].cells.map((c) => [c.row, c.col, c.text]);
      expect(cells).toEqual([
        [0, 0, "规章"],
        [0, 1, "1"],
        [1, 0, "行政规范性文件"],
        [1, 1, "8"],
        [2, 0, ""],
        [2, 1, ""],
      ]);
      expect(layout.notes).toEqual([{ page: 4, message: "第4页的页码落在表格中，已去掉，不作为表格内容" }]);
      expect(layout.lines.map((l) => l.text)).toEqual(["二、主动公开政府信息情况"]);
    });
  }

  it("does not take shading or white lines for borders", async () => {
    const white = [{ fn: OPS.setStrokeRGBColor, args: ["#ffffff"] }, ...strokes(grid)];
    const shade = [{ fn: OPS.constructPath, args: [OPS.fill, [new Float32Array([M, 100, 100, L, 400, 100, L, 400, 300, L, 100, 300, 4])], null] }];
    expect((await readPage(page(items, white), 1)).tables).toEqual([]);
    expect((await readPage(page(items, shade), 1)).tables).toEqual([]);
  });

  it("reads a label set as rotated text (one item turned 90°) top to bottom, as one cell text", async () => {
    // Text direction top-to-bottom: the item's writing direction points down the page.
    const rotated = { ...item("三、本年度办理结果", 0, 0), transform: [0, -10, 10, 0, 115, HEIGHT - 170] };
    const layout = await readPage(page([rotated, ...items], strokes(grid)), 4);
    expect(layout.tables[0].cells.find((c) => c.row === 2 && c.col === 0)?.text).toBe("三、本年度办理结果");
  });

  it("reads Kangxi radicals and compatibility ideographs some fonts map to as the ideographs they show", async () => {
    const layout = await readPage(page([item("\u2F00、总体情况", 100, 60, 16), item("\u2F47期", 100, 90, 16)], []), 1);
    expect(layout.lines.map((l) => l.text)).toEqual(["一、总体情况", "日期"]);
  });

  it("follows the current transformation (WPS flips the page with cm)", async () => {
    // [1 0 0 -1 0 842] cm: the paths are then written in reading coordinates.
    const flipped = [{ fn: OPS.transform, args: [1, 0, 0, -1, 0, HEIGHT] }, ...grid.map(([x1, y1, x2, y2]) => ({ fn: OPS.constructPath, args: [OPS.stroke, [new Float32Array([M, x1, y1, L, x2, y2])], null] }))];
    const layout = await readPage(page(items, flipped), 1);
    expect(layout.tables[0].cells.map((c) => c.text)).toEqual(["规章", "1", "行政规范性文件", "8", "", ""]);
  });
});
