/**
 * The running text of the report: title, headings and body paragraphs, each in
 * the type GB/T 9704 gives it.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { BODY_LINE, bodyRun, FONT, fontFor, INDENT_2_CHARS, pt, SIZE } from "./style";
import { isOwnSubHeading, textLines } from "./text-lines";

const exact = (line: number, before = 0, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before, after });

/** 〈机关名称〉〈年份〉年政府信息公开工作年度报告: 二号 小标宋, centred, in the lines titleLines gives, one blank line below. */
export function titleParagraph(lines: readonly string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 二号 needs more than the body's 28.9 pt line so that a wrapped title does not touch itself.
    spacing: exact(Math.round(SIZE.er * 1.6 * 20), 0, BODY_LINE),
    keepNext: true,
    children: lines.map(
      (text, i) =>
        new TextRun({
          text,
          font: fontFor(FONT.title),
          size: pt(SIZE.er),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}

/** 一、… in 黑体, indented like body text; half a line of air when it follows a table. */
export function heading1(text: string, afterTable = false): Paragraph {
  return new Paragraph({
    spacing: exact(BODY_LINE, afterTable ? BODY_LINE / 2 : 0),
    indent: INDENT_2_CHARS,
    keepNext: true,
    children: [new TextRun({ text, ...bodyRun(FONT.heading1) })],
  });
}

/** （一）… in 楷体_GB2312. */
export function heading2(text: string): Paragraph {
  return new Paragraph({
    spacing: exact(BODY_LINE),
    indent: INDENT_2_CHARS,
    keepNext: true,
    children: [new TextRun({ text, ...bodyRun(FONT.heading2) })],
  });
}

/** A last paragraph of at most this many characters (3 lines) moves whole with the signature. */
const SHORT_LAST_PARAGRAPH = 3 * 28;

/**
 * A narrative field as body paragraphs (仿宋, justified, 2-character indent); its own （一） lines as headings.
 * `keepsWithNext`: the field's last paragraph stays on the page of what follows (the signature, which must
 * never stand alone on the last page): whole if short, else its last two lines.
 */
export function bodyParagraphs(text: string | undefined, keepsWithNext = false): Paragraph[] {
  const lines = textLines(text);
  return lines.map((line, i) => {
    if (isOwnSubHeading(line)) return heading2(line);
    const keep = keepsWithNext && i === lines.length - 1;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: exact(BODY_LINE),
      indent: INDENT_2_CHARS,
      ...(keep ? { keepNext: true, widowControl: true, ...(line.length <= SHORT_LAST_PARAGRAPH ? { keepLines: true } : {}) } : {}),
      children: [new TextRun({ text: line, ...bodyRun(FONT.body) })],
    });
  });
}
