/**
 * The report's texts with the heading the document prints above each, read from
 * the template: the preamble (no heading), 一's opening paragraphs (under 一、总体情况),
 * its parts (under （一）主动公开 …), and the other sections' texts (五、六).
 */
import { describeField } from "../report/describe";
import type { Report } from "../report/types";
import { TEMPLATES, type FormatId, type Template } from "../template";

export interface ReportText {
  /** Path in the report: text.overview.onRequest. */
  field: string;
  /** The heading printed above the text; "" for the preamble. */
  heading: string;
  /** The place in words, for messages. */
  label: string;
  get: (r: Report) => string | undefined;
}

function textsOf(t: Template): ReportText[] {
  const out: ReportText[] = [{ field: "text.preamble", heading: "", label: describeField(t, "text.preamble"), get: (r) => r.text.preamble }];
  for (const s of t.sections) {
    if (!s.text) continue;
    if (s.text === "overview") {
      out.push({ field: "text.overview.intro", heading: s.heading, label: describeField(t, "text.overview.intro"), get: (r) => r.text.overview?.intro });
      for (const p of t.overviewParts) {
        const field = `text.overview.${p.key}`;
        out.push({ field, heading: p.heading, label: describeField(t, field), get: (r) => r.text.overview?.[p.key] });
      }
    } else {
      const key = s.text;
      const field = `text.${key}`;
      out.push({ field, heading: s.heading, label: describeField(t, field), get: (r) => r.text[key] });
    }
  }
  return out;
}

const TEXTS = new Map<FormatId, ReportText[]>(TEMPLATES.map((t) => [t.format, textsOf(t)]));

export function reportTexts(format: FormatId): ReportText[] {
  return TEXTS.get(format) ?? [];
}

export const quoteOf = (s: string, max = 40) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;
