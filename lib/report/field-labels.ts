/**
 * The names of the report's fields outside the template's sections and tables, and the words
 * for the two kinds of finding: one name per thing, used by the wizard, the findings panel,
 * the preview, the diff, the review page and the schema's messages. (Section headings,
 * table titles, row and column labels come from the template.)
 */
export const FIELD_LABELS = {
  /** text.preamble: the paragraph before 一、总体情况 (drafted from 基本信息). */
  preamble: "前言",
  /** text.overview.intro: paragraphs of 一、总体情况 before its （一）. */
  overviewIntro: "开头段落",
  basics: "基本信息",
  organName: "机关名称",
  organKind: "机关类型",
  year: "报告年度",
  format: "报告格式",
  period: "统计期限",
  periodFrom: "统计期限 自",
  periodTo: "统计期限 至",
  publishUrl: "电子版发布网址",
  contact: "联系方式",
  office: "联系部门",
  phone: "联系电话",
  address: "联系地址",
  postcode: "邮编",
  email: "电子邮箱",
  signedBy: "落款单位",
  signedOn: "落款日期",
} as const;

/** 错误 must be fixed; 提醒 is fixed or confirmed with a reason. */
export const SEVERITY_WORDS = { error: "错误", warning: "提醒" } as const;
/** A 提醒 not yet fixed nor confirmed: what blocks 提交审核 besides errors. */
export const OPEN_WARNINGS = "未确认的提醒";
