/**
 * The paragraph styles of table text: 五号 仿宋_GB2312 (Times New Roman digits),
 * single spacing, centred. As styles rather than on every run they halve the
 * document's XML (tables are most of it) and give the text a named style a
 * clerk can adjust in Word or WPS.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from "docx";
import { FONT, fontFor, pt, SIZE } from "./style";

export const TABLE_TEXT = "TableText";
/** The same, kept with the next row: every row but a table's last (see table.ts). */
export const TABLE_TEXT_KEEP = "TableTextKeep";

export const TABLE_TEXT_PT = SIZE.wu;

export const TABLE_STYLES: IParagraphStyleOptions[] = [
  {
    id: TABLE_TEXT,
    name: "表格文字",
    quickFormat: true,
    run: { font: fontFor(FONT.body), size: pt(TABLE_TEXT_PT) },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
  },
  {
    id: TABLE_TEXT_KEEP,
    name: "表格文字（与下行同页）",
    basedOn: TABLE_TEXT,
    paragraph: { keepNext: true },
  },
];
