/**
 * How report narratives name the rows and fields of table 二 (主动公开政府信息情况),
 * so the checker can tie a number the text states (制发行政规范性文件3件, 行政许可决定120件,
 * 收取行政事业性收费12.5万元) to one cell. Regular-expression sources, keyed by the
 * template's row and field keys of each format. A row or field without words here is
 * never read from a text. Words must name one row (or field) only: 规章 is not 规章制度,
 * 党内规范性文件 is not 行政规范性文件.
 */
import type { FormatId } from "./types";

export interface ProactiveWords {
  /** row key → the words that name the row. */
  rows: Record<string, string>;
  /** field key → the words that name the field (the column). */
  fields: Record<string, string>;
}

const ROWS_COMMON: Record<string, string> = {
  regulations: "(?<![部门地方])规章(?!制度)",
  normativeDocuments: "(?<!党内|党的|党组)(?:行政)?规范性文件",
  licensing: "行政许可",
  punishment: "行政处罚",
  enforcement: "行政强制",
  fees: "行政事业性收费",
};

export const PROACTIVE_WORDS: Partial<Record<FormatId, ProactiveWords>> = {
  "2021": {
    rows: ROWS_COMMON,
    fields: {
      issued: "本年制发|新制发|制发|印发|出台",
      repealed: "本年废止|废止",
      inForce: "现行有效",
      decisions: "处理决定|(?<!公开)决定",
      amount: "收费金额|收取|金额",
    },
  },
  "2019": {
    rows: { ...ROWS_COMMON, procurement: "政府集中采购" },
    fields: {
      made: "新制作|制作|制发|印发|出台",
      published: "新公开",
      total: "对外公开总数|公开总数",
      decisions: "处理决定|(?<!公开)决定",
      projects: "项目",
      amount: "采购总金额|采购金额|总金额",
    },
  },
};
