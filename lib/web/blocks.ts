/**
 * The report as the blocks a published page is made of, in reading order: the
 * title, the preamble, the six sections with their sub-heads and tables, the
 * signature. The same order and texts as the .docx (lib/docx/render.ts), so the
 * web version and the Word file say the same thing.
 */
import { chineseDate } from "../report/chinese-date";
import type { Report } from "../report/types";
import { getTemplate, reportTitle } from "../template";
import { tableGrid, type Grid } from "../template/layout";
import { isOwnSubHeading, textLines, withoutRepeatedHeading } from "../docx/text-lines";
import { xmlSafe } from "../docx/xml-safe";

export type WebBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; grid: Grid }
  | { kind: "signature"; lines: string[] };

function textBlocks(text: string | undefined): WebBlock[] {
  return textLines(text).map((line) =>
    isOwnSubHeading(line) ? { kind: "heading", level: 3, text: line } : { kind: "paragraph", text: line },
  );
}

/** The blocks of a report; its texts already free of characters a page or the clipboard would choke on. */
export function webBlocks(unsafe: Report): { report: Report; blocks: WebBlock[] } {
  const report = xmlSafe(unsafe);
  const template = getTemplate(report.format);
  const blocks: WebBlock[] = [{ kind: "title", text: reportTitle(report.organ.name, report.year) }, ...textBlocks(report.text.preamble)];
  for (const section of template.sections) {
    blocks.push({ kind: "heading", level: 2, text: section.heading });
    if (section.text === "overview") {
      blocks.push(...textBlocks(withoutRepeatedHeading(report.text.overview.intro, section.heading)));
      for (const part of template.overviewParts) {
        blocks.push({ kind: "heading", level: 3, text: part.heading });
        blocks.push(...textBlocks(withoutRepeatedHeading(report.text.overview[part.key], part.heading)));
      }
    } else if (section.text) {
      blocks.push(...textBlocks(withoutRepeatedHeading(report.text[section.text], section.heading)));
    }
    if (section.table) blocks.push({ kind: "table", grid: tableGrid(template, section.table) });
  }
  const signedBy = report.meta.signedBy?.trim() || report.organ.name;
  const signedOn = report.meta.signedOn ? chineseDate(report.meta.signedOn) : undefined;
  blocks.push({ kind: "signature", lines: signedOn ? [signedBy, signedOn] : [signedBy] });
  return { report, blocks };
}
