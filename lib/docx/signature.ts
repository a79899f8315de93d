/**
 * The signature block: organ name and date, placed as GB/T 9704 §7.3.5.2 places
 * them on a document without a seal (a report published online has none).
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { chineseDate } from "../report/chinese-date";
import { BODY_LINE, bodyRun, FONT, SIZE } from "./style";


/** Width of a line of 三号 text in characters: CJK and full-width 1, Latin letters and digits (Times New Roman) ½. */
export function textWidthInChars(text: string): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/**
 * Right indents (in characters) of the signature and the date: the signature 2
 * characters from the right edge, the date's first character 2 to the right of
 * the signature's; a date longer than that stays 2 characters in and pushes the
 * signature left.
 */
export function signatureIndents(signedBy: string, date: string): { signature: number; date: number } {
  const s = textWidthInChars(signedBy);
  const d = textWidthInChars(date);
  if (s - d >= 2) return { signature: 2, date: s - d };
  return { signature: 4 + d - s, date: 2 };
}

/** Organ name and date, right-aligned as GB/T 9704 places them, one blank line below the text. */
export function signatureParagraphs(signedBy: string, signedOn: string | undefined): Paragraph[] {
  // 成文日期 in Arabic digits without leading zeros (GB/T 9704 §7.3.5.3).
  const date = signedOn ? chineseDate(signedOn) : undefined;
  const indents = date ? signatureIndents(signedBy, date) : { signature: 2, date: 0 };
  const line = (text: string, rightChars: number, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before, after: 0 },
      indent: { right: Math.round(rightChars * SIZE.san * 20) },
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text, ...bodyRun(FONT.body) })],
    });
  return [line(signedBy, indents.signature, BODY_LINE), ...(date ? [line(date, indents.date)] : [])];
}
