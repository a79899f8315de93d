/**
 * The publication-ready .docx of a report: title, preamble, the six sections of
 * the template with their tables, and the signature, in the GB/T 9704 layout.
 * Everything the template says (headings, sub-heads, tables) is read from
 * lib/template, so a new national format needs no change here.
 */
import { Document, LineRuleType, Packer, Paragraph, Table } from "docx";
import { check } from "../check";
import type { Finding, Report } from "../report/types";
import { getTemplate, reportTitle, type Section, type Template } from "../template";
import { tableGrid } from "../template/layout";
import { draftMark } from "./draft-mark";
import { FONT_TABLE_PATH, fontTableXml } from "./font-table";
import { sectionProperties } from "./page";
import { bodyParagraphs, heading1, heading2, titleParagraph } from "./paragraphs";
import { signatureParagraphs } from "./signature";
import { BODY_LINE, FONT, fontFor, pt, SIZE } from "./style";
import { renderTable } from "./table";
import { TABLE_STYLES } from "./table-style";
import { withoutRepeatedHeading } from "./text-lines";
import { titleLines } from "./title-lines";
import { xmlSafe } from "./xml-safe";

export interface RenderDocxOptions {
  /** Findings already computed (e.g. by the server); otherwise check() runs here. */
  findings?: readonly Finding[];
}

/** `last`: the section before the signature, whose last paragraph keeps with it. */
function sectionBody(template: Template, report: Report, section: Section, afterTable: boolean, last: boolean): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading1(section.heading, afterTable)];
  if (section.text === "overview") {
    out.push(...bodyParagraphs(withoutRepeatedHeading(report.text.overview.intro, section.heading)));
    for (const part of template.overviewParts) {
      out.push(heading2(part.heading), ...bodyParagraphs(withoutRepeatedHeading(report.text.overview[part.key], part.heading)));
    }
  } else if (section.text) {
    out.push(...bodyParagraphs(withoutRepeatedHeading(report.text[section.text], section.heading), last && !section.table));
  }
  if (section.table) out.push(renderTable(tableGrid(template, section.table), report));
  return out;
}

export function buildDocument(unsafe: Report, options: RenderDocxOptions = {}): Document {
  // Whatever a text holds, document.xml stays well-formed XML that Word opens.
  const report = xmlSafe(unsafe);
  const template = getTemplate(report.format);
  const title = reportTitle(report.organ.name, report.year);
  const sections = template.sections;
  // Only errors mark the draft (draftMark), and every error is a table rule: the text rules give warnings.
  const findings = options.findings ?? check(report, undefined, { tablesOnly: true });
  const children = [
    titleParagraph(titleLines(report.organ.name, report.year)),
    ...bodyParagraphs(report.text.preamble),
    ...sections.flatMap((s, i) => sectionBody(template, report, s, Boolean(sections[i - 1]?.table), i === sections.length - 1)),
    ...signatureParagraphs(report.meta.signedBy?.trim() || report.organ.name, report.meta.signedOn),
  ];
  return new Document({
    title,
    creator: report.organ.name,
    // Shown in Word's file properties; the default is "Un-named".
    lastModifiedBy: report.organ.name,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontFor(FONT.body), size: pt(SIZE.san) },
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
      paragraphStyles: TABLE_STYLES,
    },
    sections: [{ ...sectionProperties(draftMark(findings)), children }],
  });
}

const FONT_TABLE = fontTableXml();

/** The .docx file of a report (a draft mark in the header while it has errors). */
export async function renderDocx(report: Report, options: RenderDocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(report, options), false, [{ path: FONT_TABLE_PATH, data: FONT_TABLE }]);
}
