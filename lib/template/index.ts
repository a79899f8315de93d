import { FORMAT_2019 } from "./format-2019";
import { FORMAT_2021 } from "./format-2021";
import { templateRegistry } from "./registry";
import type { FormatId, Template } from "./types";

export * from "./types";
export * from "./organ-kinds";
export { leafRows, isGroup } from "./rows";
export * from "./roles";

/** Every template version, newest first. A new national format is one more entry here (see README). */
const registry = templateRegistry([FORMAT_2021, FORMAT_2019]);

export const TEMPLATES: readonly Template[] = registry.TEMPLATES;
export const FORMAT_IDS: FormatId[] = registry.FORMAT_IDS;
export const getTemplate: (format: FormatId) => Template = registry.getTemplate;
/** The format that serves a report year (R6), or undefined before 2019. */
export const formatForYear: (year: number) => FormatId | undefined = registry.formatForYear;
export { templateRegistry };

/** 〈机关名称〉〈年份〉年政府信息公开工作年度报告 */
export function reportTitle(organName: string, year: number): string {
  return `${organName}${year}年政府信息公开工作年度报告`;
}
