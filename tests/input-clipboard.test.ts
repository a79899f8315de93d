import { describe, expect, it } from "vitest";
import { isBlock, parseClipboardTable } from "@/lib/input/clipboard";

describe("parseClipboardTable (Excel/WPS clipboard text)", () => {
  it("reads Excel's CRLF block with its trailing line break", () => {
    expect(parseClipboardTable("1\t2\t3\r\n4\t5\t6\r\n")).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });

  it("reads LF and old-Mac CR line breaks, with or without a trailing one", () => {
    expect(parseClipboardTable("1\t2\n3\t4")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(parseClipboardTable("1\t2\r3\t4\r")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("keeps a single copied cell as a 1×1 block", () => {
    expect(parseClipboardTable("12\r\n")).toEqual([["12"]]);
    expect(parseClipboardTable("12")).toEqual([["12"]]);
  });

  it("keeps empty cells and ragged rows as copied", () => {
    expect(parseClipboardTable("1\t\t3\r\n4\r\n\t6\r\n")).toEqual([["1", "", "3"], ["4"], ["", "6"]]);
    // An empty row inside the block is a row of one empty cell, not dropped.
    expect(parseClipboardTable("1\r\n\r\n3\r\n")).toEqual([["1"], [""], ["3"]]);
  });

  it("unquotes quoted cells, with doubled quotes and line breaks inside", () => {
    expect(parseClipboardTable('"1,234"\t"5"\r\n')).toEqual([["1,234", "5"]]);
    expect(parseClipboardTable('"a ""b"""\t2\r\n')).toEqual([['a "b"', "2"]]);
    expect(parseClipboardTable('"line1\nline2"\t2\r\n3\t4\r\n')).toEqual([
      ["line1\nline2", "2"],
      ["3", "4"],
    ]);
  });

  it("leaves a stray quote that opens no quoted cell as text", () => {
    expect(parseClipboardTable('12"\t3\r\n')).toEqual([['12"', "3"]]);
    expect(parseClipboardTable('"12\t3\r\n')).toEqual([['"12', "3"]]);
  });

  it("tells a block from a single typed value", () => {
    expect(isBlock("12")).toBe(false);
    expect(isBlock("1,234")).toBe(false);
    expect(isBlock("12\r\n")).toBe(true);
    expect(isBlock("1\t2")).toBe(true);
  });
});
