/**
 * The publication record of 《条例》第四十九条/第五十条: the date a report went public and
 * where. Pure checks, shared by 标记已发布 and 更正发布信息.
 */
import { chineseDate } from "../report/chinese-date";
import { FIELD_RULES } from "../report/field-rules";

const PUBLISHED_ON = FIELD_RULES.date("发布日期");

/** "2026-01-25" → that calendar day (Beijing), or null when it is not a real date (the report schema's date rule). */
export function parsePublishDate(input: string | undefined | null): Date | null {
  const v = (input ?? "").trim();
  return PUBLISHED_ON.safeParse(v).success ? new Date(`${v}T00:00:00+08:00`) : null;
}

/** The Beijing calendar date of an instant, "YYYY-MM-DD". */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The Chinese date a clerk reads: 2026年1月25日. */
export function chineseDay(at: Date): string {
  return chineseDate(beijingDate(at));
}

/** The publish address: the report schema's rule (http/https only). */
export function isPublishUrl(url: string): boolean {
  return FIELD_RULES.publishUrl.safeParse(url).success;
}

/**
 * Why a publication date cannot be right, or null. A report of `year` is published after its year
 * has ended, not after today, and not before the supervisor approved it (`approvedAt`).
 */
export function publishDateProblem(year: number, date: Date, approvedAt: Date | null, now: Date = new Date()): string | null {
  const day = beijingDate(date);
  if (day > beijingDate(now)) return `发布日期 ${chineseDay(date)} 晚于今天，请填写实际发布的日期`;
  if (day < `${year + 1}-01-01`) return `发布日期 ${chineseDay(date)} 早于统计年度结束，${year}年度报告只能在 ${year + 1}年1月1日以后发布`;
  if (approvedAt && day < beijingDate(approvedAt)) {
    return `发布日期 ${chineseDay(date)} 早于审核通过的日期 ${chineseDay(approvedAt)}`;
  }
  return null;
}

export interface PublicationRecord {
  publishedAt: Date | null;
  publishedUrl: string | null;
}

/** What a correction changes, in the words the history shows; null when nothing changes. */
export function publicationChange(before: PublicationRecord, after: { publishedAt: Date; publishedUrl: string }): string | null {
  const parts: string[] = [];
  const oldDay = before.publishedAt ? chineseDay(before.publishedAt) : "（无）";
  if (!before.publishedAt || beijingDate(before.publishedAt) !== beijingDate(after.publishedAt)) {
    parts.push(`发布日期 ${oldDay} → ${chineseDay(after.publishedAt)}`);
  }
  if ((before.publishedUrl ?? "") !== after.publishedUrl) parts.push(`发布网址 ${before.publishedUrl || "（无）"} → ${after.publishedUrl}`);
  return parts.length ? parts.join("；") : null;
}
