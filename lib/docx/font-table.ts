/**
 * word/fontTable.xml naming the fonts of GB/T 9704 with the fonts Windows
 * ships as their alternates: a clerk's PC rarely has 仿宋_GB2312, 楷体_GB2312 or
 * 方正小标宋简体, and without an altName Word and WPS fall back to 宋体/等线 instead
 * of 仿宋/楷体. Charset 86 is GB2312; the panose numbers are the fonts' own.
 */
import { FONT } from "./style";

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: "roman" | "modern" | "script" | "swiss" | "auto";
  pitch: "variable" | "fixed";
}

const CJK_FIXED = { panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" } as const;

const FONTS: FontEntry[] = [
  { name: FONT.latin, panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
  { name: FONT.body, altName: "仿宋", ...CJK_FIXED },
  { name: FONT.kai, altName: "楷体", ...CJK_FIXED },
  { name: FONT.heading1, altName: "SimHei", ...CJK_FIXED },
  { name: FONT.pageNumber, altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable" },
  { name: FONT.title, altName: "宋体", panose: "02000000000000000000", charset: "86", family: "script", pitch: "variable" },
];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export const FONT_TABLE_PATH = "word/fontTable.xml";

export function fontTableXml(): string {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${escape(f.name)}">${f.altName ? `<w:altName w:val="${escape(f.altName)}"/>` : ""}` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
