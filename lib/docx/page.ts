/**
 * Page setup, page numbers and the draft mark: GB/T 9704 §7.5 puts "— N —" in
 * 四号 宋体 under the text block, odd pages on the right and even pages on the
 * left, each one character in from the edge of the text block.
 */
import {
  AlignmentType,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import { BODY_LINE, FONT, fontFor, PAGE, pt, SIZE } from "./style";

const ONE_CHAR_SI = SIZE.si * 20;

function pageNumberFooter(side: "odd" | "even"): Footer {
  const font = { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, cs: FONT.pageNumber, eastAsia: FONT.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: ONE_CHAR_SI } : { left: ONE_CHAR_SI },
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font, size: pt(SIZE.si) })],
      }),
    ],
  });
}

function draftHeader(mark: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: mark, font: fontFor(FONT.heading1), size: pt(SIZE.si) })],
      }),
    ],
  });
}

/** The one section of the report: A4, GB/T 9704 margins, page numbers, and the draft mark if any. */
export function sectionProperties(draftMark: string | null): Omit<ISectionOptions, "children"> {
  const header = draftMark ? draftHeader(draftMark) : undefined;
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
      },
      // 22 lines come from the exact 28.9 pt spacing and 28 characters from BODY_CHAR_SPACING. No grid type:
      // a line grid makes Word and LibreOffice snap every table line to 28.9 pt, and table 三 then needs two pages.
      grid: { linePitch: BODY_LINE },
    },
    ...(header ? { headers: { default: header, even: header } } : {}),
    footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
  };
}
