import type { FormatId, Template } from "./types";

/** The look-ups over a list of formats (newest first); lib/template's index builds the real one. */
export function templateRegistry(templates: readonly Template[]) {
  return {
    TEMPLATES: templates,
    FORMAT_IDS: templates.map((t) => t.format) as FormatId[],
    getTemplate(format: FormatId): Template {
      const t = templates.find((x) => x.format === format);
      if (!t) throw new Error(`未知的模板格式：${format}`);
      return t;
    },
    /** The format that serves a report year (R6), or undefined before the first one. */
    formatForYear(year: number): FormatId | undefined {
      return templates.find((t) => year >= t.years.from && (t.years.to === null || year <= t.years.to))?.format;
    },
  };
}
