/**
 * The review list's year and status filter, read from the address so that the list,
 * the report page's 上一份/下一份 and the links between them keep the same selection.
 */
import { REPORT_STATUSES, STATUS_LABELS } from "./statuses";

export const REVIEW_FILTERS = [
  { value: "all", label: "全部" },
  ...REPORT_STATUSES.map((s) => ({ value: s as string, label: STATUS_LABELS[s] })),
  { value: "none", label: "未创建" },
] as const;

export interface ReviewFilter {
  year: number;
  status: string;
}

/** Reports are written in January for the year before; until June the default is last year. */
export function defaultReviewYear(now = new Date()): number {
  return now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();
}

export function parseReviewFilter(sp: { year?: string; status?: string }, now = new Date()): ReviewFilter {
  const y = Number(sp.year);
  const year = Number.isInteger(y) && y >= 2019 && y <= 2100 ? y : defaultReviewYear(now);
  const status = REVIEW_FILTERS.some((f) => f.value === sp.status) ? (sp.status as string) : "all";
  return { year, status };
}

export function reviewQuery(f: ReviewFilter): string {
  return `year=${f.year}&status=${encodeURIComponent(f.status)}`;
}
