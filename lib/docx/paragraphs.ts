/**
 * The running text of the report: title, headings and body paragraphs, each in
 * the type GB/T 9704 gives it.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { BODY_LINE, FONT, fontFor, INDENT_2_CHARS, pt, SIZE } from "./style";
import { isOwnSubHeading, textLines } from "./text-lines";

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

/** A narrative field as body paragraphs (仿宋, justified, 2-character indent); its own （一） lines as headings. */
export function bodyParagraphs(text: string | undefined): Paragraph[] {
  return textLines(text).map((line) =>
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
