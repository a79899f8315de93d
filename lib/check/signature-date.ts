/**
 * The signature date (落款日期, the report's 成文日期), meta.signedOn:
 * R7.missing  none: a report cannot be published without its 成文日期 (and the .docx would end without one);
 * R7.early    before 1 January of the next year: the statistical year has not ended, the report cannot
 *             state its whole year yet;
 * W8          after 31 January of the next year: later than 条例第四十九条 allows for publishing it.
 */
import { chineseDate } from "../report/chinese-date";
import type { Finding, Report } from "../report/types";

const FIELD = "meta.signedOn";
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 条例第四十九条: published before 31 January of the year after the report year. */
export const PUBLISH_BY = { month: 1, day: 31 } as const;

const pad = (n: number) => String(n).padStart(2, "0");

export function checkSignatureDate(report: Report, out: Finding[]): void {
  const signed = report.meta.signedOn?.trim() ?? "";
  const next = report.year + 1;
  const m = ISO.exec(signed);
  if (!m) {
    out.push({
      rule: "R7.missing",
      severity: "error",
      field: FIELD,
      message: signed
        ? `落款日期“${signed}”不是有效的日期，请在基本信息中按“${next}-01-20”的格式填写成文日期。`
        : `没有落款日期：报告须写明成文日期才能发布（如 ${chineseDate(`${next}-01-20`)}），请在基本信息中填写。`,
    });
    return;
  }
  const yearEnds = `${next}-01-01`;
  const deadline = `${next}-${pad(PUBLISH_BY.month)}-${pad(PUBLISH_BY.day)}`;
  if (signed < yearEnds) {
    out.push({
      rule: "R7.early",
      severity: "error",
      field: FIELD,
      message: `落款日期 ${chineseDate(signed)} 还在统计年度（截至${report.year}年12月31日）之内：年度报告应在统计年度结束后成文（${chineseDate(yearEnds)}起），请改正落款日期。`,
    });
  } else if (signed > deadline) {
    out.push({
      rule: "W8",
      severity: "warning",
      field: FIELD,
      message: `落款日期 ${chineseDate(signed)} 晚于 ${chineseDate(deadline)}：《条例》第四十九条要求每年1月31日前公布上一年度的年度报告；如确系延期公布，请确认。`,
    });
  }
}
