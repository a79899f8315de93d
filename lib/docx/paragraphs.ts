/**
 * The running text of the report: title, headings, body paragraphs and the
 * signature block, each in the type GB/T 9704 gives it (TEMPLATE.md §7).
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { BODY_LINE, FONT, fontFor, INDENT_2_CHARS, pt, SIZE } from "./style";

const exact = (line: number, before = 0, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before, after });

/** 〈机关名称〉〈年份〉年政府信息公开工作年度报告: 二号 小标宋, centred, wraps freely, one blank line below. */
export function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 二号 needs more than the body's 28.9 pt line so that a wrapped title does not touch itself.
    spacing: exact(Math.round(SIZE.er * 1.6 * 20), 0, BODY_LINE),
    keepNext: true,
    children: [new TextRun({ text: title, font: fontFor(FONT.title), size: pt(SIZE.er) })],
  });
}

/** 一、… in 黑体, indented like body text; half a line of air when it follows a table. */
export function heading1(text: string, afterTable = false): Paragraph {
  return new Paragraph({
    spacing: exact(BODY_LINE, afterTable ? BODY_LINE / 2 : 0),
    indent: INDENT_2_CHARS,
    keepNext: true,
    children: [new TextRun({ text, font: fontFor(FONT.heading1), size: pt(SIZE.san) })],
  });
}

/** （一）… in 楷体_GB2312. */
export function heading2(text: string): Paragraph {
  return new Paragraph({
    spacing: exact(BODY_LINE),
    indent: INDENT_2_CHARS,
    keepNext: true,
    children: [new TextRun({ text, font: fontFor(FONT.heading2), size: pt(SIZE.san) })],
  });
}

/**
 * A line of the clerk's text that is a second-level heading of its own
 * (（一）人大代表建议和政协提案办理结果公开情况): GB/T 9704 sets it in 楷体. A run-in
 * heading followed by its text (（一）…情况：本年度…。) stays body text.
 */
export function isOwnSubHeading(line: string): boolean {
  return /^（[一二三四五六七八九十]{1,3}）/.test(line) && line.length <= 40 && !/[。；：:;！？]/.test(line);
}

/**
 * A narrative field as body paragraphs: "\n" separates paragraphs (REPORT-JSON).
 * Blank lines and the clerk's own leading spaces (pasted "　　" indents) go: the
 * style indents every paragraph by two characters already.
 */
export function bodyParagraphs(text: string | undefined): Paragraph[] {
  return (text ?? "")
    // Text pasted from Word carries its manual line breaks as \v, and some editors U+2028/2029.
    .split(/\r\n|[\n\r\v\u2028\u2029]/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((line) => line.length > 0)
    .map((line) =>
      isOwnSubHeading(line)
        ? heading2(line)
        : new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: exact(BODY_LINE),
            indent: INDENT_2_CHARS,
            children: [new TextRun({ text: line, font: fontFor(FONT.body), size: pt(SIZE.san) })],
          }),
    );
}

/**
 * The text without a first line that repeats the heading printed above it: a
 * clerk who copies last year's report often pastes "（一）主动公开…" or
 * "五、存在的主要问题…" with the text, and the heading would then appear twice.
 * Only a line that is itself a heading with the same number (（一）, 五、) goes.
 */
export function withoutRepeatedHeading(text: string | undefined, heading: string): string {
  const number = /^(（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)/.exec(heading)?.[1];
  if (!text || !number) return text ?? "";
  const lines = text.split(/\r\n|[\n\r\v\u2028\u2029]/);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return text;
  const line = lines[first].replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
  const isHeading = line === heading || (line.startsWith(number) && line.length <= 40 && !/[。；：:;！？]/.test(line));
  return isHeading ? lines.slice(first + 1).join("\n") : text;
}

/** 2022-01-20 → 2022年1月20日 (成文日期 in Arabic digits, no leading zeros, GB/T 9704 §7.3.5.3). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Width of a line of 三号 text in characters: CJK and full-width 1, Latin letters and digits (Times New Roman) ½. */
export function textWidthInChars(text: string): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/**
 * Right indents (in characters) of the signature and the date, GB/T 9704 §7.3.5.2
 * (a document without a seal): the signature 2 characters from the right edge,
 * the date's first character 2 to the right of the signature's; a date longer
 * than that stays 2 characters in and pushes the signature left.
 */
export function signatureIndents(signedBy: string, date: string): { signature: number; date: number } {
  const s = textWidthInChars(signedBy);
  const d = textWidthInChars(date);
  if (s - d >= 2) return { signature: 2, date: s - d };
  return { signature: 4 + d - s, date: 2 };
}

/** Organ name and date, right-aligned as GB/T 9704 places them, one blank line below the text. */
export function signatureParagraphs(signedBy: string, signedOn: string | undefined): Paragraph[] {
  const date = signedOn ? chineseDate(signedOn) : undefined;
  const indents = date ? signatureIndents(signedBy, date) : { signature: 2, date: 0 };
  const line = (text: string, rightChars: number, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exact(BODY_LINE, before),
      indent: { right: Math.round(rightChars * SIZE.san * 20) },
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text, font: fontFor(FONT.body), size: pt(SIZE.san) })],
    });
  return [line(signedBy, indents.signature, BODY_LINE), ...(date ? [line(date, indents.date)] : [])];
}
