import { FORMAT_2019 } from "./format-2019";
import { FORMAT_2021 } from "./format-2021";
import type { FormatId, Template } from "./types";

export * from "./types";
export * from "./organ-kinds";
export { leafRows, isGroup } from "./rows";

/** Every template version, newest first. A new national format is one more entry here. */
export const TEMPLATES: readonly Template[] = [FORMAT_2021, FORMAT_2019];

export const FORMAT_IDS = TEMPLATES.map((t) => t.format) as FormatId[];

export function getTemplate(format: FormatId): Template {
  const t = TEMPLATES.find((x) => x.format === format);
  if (!t) throw new Error(`未知的模板格式：${format}`);
  return t;
}

/** The format that serves a report year (R6), or undefined before 2019. */
export function formatForYear(year: number): FormatId | undefined {
  return TEMPLATES.find((t) => year >= t.years.from && (t.years.to === null || year <= t.years.to))?.format;
}

/** 〈机关名称〉〈年份〉年政府信息公开工作年度报告 */
export function reportTitle(organName: string, year: number): string {
  return `${organName}${year}年政府信息公开工作年度报告`;
}
