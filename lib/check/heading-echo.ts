/**
 * W7.heading: a text that begins with a heading of its own, at the level of the heading
 * the document prints above it ("（一）夯实基础…" pasted into the box of （五）监督保障, or
 * "五、存在的主要问题…" into 五): the document then shows two headings. `withoutPastedHeading`
 * is the one-click fix: a heading line goes; a heading run into its text loses its number.
 */
import type { Finding, Report } from "../report/types";
import { quoteOf, reportTexts, type ReportText } from "./report-texts";

/** The rule id of this finding, for the wizard's one-click fix. */
export const HEADING_ECHO_RULE = "W7.heading";

const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}、/;
const PART_NUMBER = /^[（(][一二三四五六七八九十]{1,3}[)）]/;
const LEADING_SPACE = /^[\s\u3000]+/;
/** A short line without sentence punctuation is a heading of its own. */
const headingLine = (line: string) => line.length <= 40 && !/[。；：:;！？!?]/.test(line);

/** The numbers that repeat the level of `heading`: 一、 for a section, （一） or 一、 for a part of 一. */
function numbersFor(heading: string): RegExp[] {
  if (PART_NUMBER.test(heading)) return [PART_NUMBER, SECTION_NUMBER];
  if (SECTION_NUMBER.test(heading)) return [SECTION_NUMBER];
  return [];
}

export interface PastedHeading {
  /** What the fix removes: the heading line, or only the number of a run-in heading. */
  removed: string;
  /** The heading as the clerk pasted it, for the message. */
  shown: string;
}

/** The heading a text begins with at the level of `heading` (the one printed above it), if any. */
export function pastedHeading(text: string, heading: string): PastedHeading | undefined {
  const body = text.replace(LEADING_SPACE, "");
  for (const re of numbersFor(heading)) {
    const m = re.exec(body);
    if (!m) continue;
    const line = body.split(/\r?\n/)[0].trim();
    if (headingLine(line)) return { removed: line, shown: line };
    return { removed: m[0], shown: line.slice(0, 20) };
  }
  return undefined;
}

/** The text without the heading it begins with (and the blank line after a heading line). */
export function withoutPastedHeading(text: string, heading: string): string {
  const p = pastedHeading(text, heading);
  if (!p) return text;
  const body = text.replace(LEADING_SPACE, "");
  return body.slice(p.removed.length).replace(/^[ \t\u3000]*(?:\r?\n[\s\u3000]*)?/, "");
}

/** The heading printed above the text of `field` ("" for the preamble and unknown fields). */
export function headingOf(report: Report, field: string): string {
  return reportTexts(report.format).find((t) => t.field === field)?.heading ?? "";
}

function echo(report: Report, t: ReportText, out: Finding[]): void {
  const text = t.get(report);
  if (!t.heading || !text) return;
  const p = pastedHeading(text, t.heading);
  if (!p) return;
  out.push({
    rule: HEADING_ECHO_RULE,
    severity: "warning",
    field: t.field,
    message: `${t.label}：正文以${quoteOf(p.shown, 24)}开头，而报告在这里已印有标题“${t.heading}”，会出现两个标题；请删除正文开头的标题。`,
  });
}

export function checkHeadingEcho(report: Report, out: Finding[]): void {
  for (const t of reportTexts(report.format)) echo(report, t, out);
}
