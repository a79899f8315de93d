/**
 * Whether a document is a report at all, before placing it: a report has the
 * template's section headings or its table labels; a portal's list page has
 * report titles as links and nothing else.
 */
import { getTemplate, reportTitle } from "../template";
import type { SourceDocument } from "./document";
import { formatByLayout } from "./place/format";
import { headingNumber, matchSectionHeading } from "./place/headings";
import { tokensOf } from "./place/tokens";

const TITLE_KEY = reportTitle("", 0).slice(-4);

export function isReportLike(doc: SourceDocument): "report" | "list" | "other" {
  const tokens = tokensOf(doc);
  const sections = getTemplate("2021").sections;
  const headings = sections.filter((s) => tokens.some((t) => !t.inTable && matchSectionHeading(t.text, headingNumber(s.heading), s.heading))).length;
  const tables = formatByLayout(tokens) !== undefined;
  if (headings >= 2 || tables) return "report";
  const titles = tokens.filter((t) => t.text.length < 90 && t.text.includes(TITLE_KEY)).length;
  return titles >= 2 ? "list" : "other";
}
