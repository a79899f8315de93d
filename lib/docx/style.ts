/**
 * Page and type of the .docx: 《党政机关公文格式》 GB/T 9704-2012 (see docs/template.md)
 * states it. Sizes in the units the docx package takes: twips (1/20 pt) for
 * lengths, half-points for font sizes.
 */

/** 1 mm in twips (1 inch = 25.4 mm = 1440 twips). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);
/** A font size in points as the docx package takes it (half-points). */
export const pt = (value: number): number => Math.round(value * 2);

/** A4, 版心 156 × 225 mm: top 37 mm, left (binding) 28 mm, so bottom 35 mm and right 26 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), right: mm(26), bottom: mm(35), left: mm(28) },
  /**
   * Footer distance from the page's bottom edge: GB/T 9704 puts the dash line of
   * the page number 7 mm below the text block, so its ~5 mm line ends 35 − 7 − 5 mm up.
   */
  footer: mm(23),
  header: mm(15),
  textWidth: mm(156),
} as const;

/** Chinese font sizes (字号) in points. */
export const SIZE = { er: 22, san: 16, si: 14, wu: 10.5 } as const;

/** The font names GB/T 9704 prescribes; machines without them substitute, which is expected. */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  kai: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

/** A run font: the Chinese face for East Asian text, Times New Roman for Latin letters and digits. */
export const fontFor = (eastAsia: string) => ({ ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia });

/** Characters of 三号 in a line of the text block, as GB/T 9704 §5.2.1 counts them. */
export const CHARS_PER_LINE = 28;

/**
 * Character spacing of 三号 text in twips (negative: condensed) so that 28 characters
 * fill the 156 mm line: 28 × 16 pt is 158 mm, and without it a line holds 27.
 * Rounded down so that 28 advances never exceed the line. The 公文 templates get the
 * same pitch from a linesAndChars grid (charSpace), but LibreOffice then gives each
 * 16 pt character two of the grid's 15.8 pt cells (14 a line); a condensed run is
 * laid out alike by Word, WPS and LibreOffice.
 */
export function bodyCharacterSpacing(textWidthTwips: number = PAGE.textWidth, chars = CHARS_PER_LINE, fontPt: number = SIZE.san): number {
  return Math.floor(textWidthTwips / chars - fontPt * 20);
}

export const BODY_CHAR_SPACING = bodyCharacterSpacing();

/** The run of 三号 text: body, headings, signature. */
export const bodyRun = (eastAsia: string) => ({ font: fontFor(eastAsia), size: pt(SIZE.san), characterSpacing: BODY_CHAR_SPACING });

/** 22 lines in the 225 mm text block: fixed spacing of 28.9 pt (578 twips). */
export const BODY_LINE = 578;

/** First-line indent of two characters of 三号 (2 × 16 pt). */
export const INDENT_2_CHARS = { firstLine: 2 * 16 * 20, firstLineChars: 200 } as const;

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
