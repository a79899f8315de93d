/**
 * Page furniture: the page numbers GB/T 9704 prints at the foot ("— 3 —") and
 * the forms exports and portals use ("-3-", "第3页", "第3页 共6页", "3/6").
 * They are not part of the report and are dropped, also when the page break
 * falls inside a table and the number lands within the table's borders.
 */
import type { TextLine } from "./text-lines";

const DASH = "[-—–－―‒─━一]";
const PAGE_NUMBER = [
  new RegExp(`^${DASH}+\\s*\\d{1,4}\\s*${DASH}+$`),
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?$/,
];
/** A bare number counts only in the margin band, where body text never is. */
const BARE_NUMBER = /^\d{1,4}$/;

/** Top and bottom share of the page where headers and footers are printed. */
const BAND = 0.1;

export const looksLikePageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.replace(/\s+/g, "")));

/**
 * Whether `line` is a page number: its form anywhere in the margin band, a
 * dashed number anywhere on the page. Inside a table a bare number is a value,
 * so there only the explicit forms count.
 */
export function isPageNumber(line: TextLine, pageHeight: number, inTable = false): boolean {
  const text = line.text.replace(/\s+/g, "");
  const inBand = line.cy < pageHeight * BAND || line.cy > pageHeight * (1 - BAND);
  if (inBand && (looksLikePageNumber(text) || (!inTable && BARE_NUMBER.test(text)))) return true;
  // "— 3 —" is unmistakable even where a page has an odd margin.
  return PAGE_NUMBER[0].test(text) && line.glyphs.length <= 8;
}
