/**
 * The review list's selection, read from the address so that the list, the report page's
 * 上一份/下一份, the .xlsx download and the links between them keep the same selection:
 * year, status, a search in the unit names, the organ kind, the sub-area (a unit directly
 * under the supervisor's), the order and the page. Bad values fall back to the default.
 */
import { ORGAN_KIND_IDS } from "../template";
import { unitIdParam } from "../tree/path";
import { REPORT_STATUSES, STATUS_LABELS } from "./statuses";

export const REVIEW_FILTERS = [
  { value: "all", label: "全部" },
  ...REPORT_STATUSES.map((s) => ({ value: s as string, label: STATUS_LABELS[s] })),
  { value: "none", label: "未创建" },
  // 哪些单位还没有提交: 未创建, 草稿 and 已退回 together (the units 催报 is for).
  { value: "notin", label: "未提交" },
] as const;

/** The orders of the list: by kind and name, or who needs attention over the deadline first. */
export const REVIEW_SORTS = [
  { value: "name", label: "按单位类型、名称" },
  { value: "deadline", label: "按截止情况（未提交的在前，逾期提交的其次）" },
] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number]["value"];

export interface ReviewFilter {
  year: number;
  status: string;
  /** Part of a unit's name ("" for all). */
  q: string;
  /** An organ kind ("" for all). */
  kind: string;
  /** The id of a unit directly under the supervisor's: its subtree only ("" for all). */
  area: string;
  sort: ReviewSort;
  page: number;
}

/** Reports are written in January for the year before; until June the default is last year. */
export function defaultReviewYear(now = new Date()): number {
  return now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();
}

type Params = { year?: string; status?: string; q?: string; kind?: string; area?: string; sort?: string; page?: string };

export function parseReviewFilter(sp: Params, now = new Date()): ReviewFilter {
  const y = Number(sp.year);
  const year = Number.isInteger(y) && y >= 2019 && y <= 2100 ? y : defaultReviewYear(now);
  const status = REVIEW_FILTERS.some((f) => f.value === sp.status) ? (sp.status as string) : "all";
  // A search is a name, not a document: trimmed and bounded.
  const q = (sp.q ?? "").trim().slice(0, 50);
  const kind = (ORGAN_KIND_IDS as string[]).includes(sp.kind ?? "") ? (sp.kind as string) : "";
  const area = unitIdParam(sp.area);
  const sort: ReviewSort = sp.sort === "deadline" ? "deadline" : "name";
  const p = Number(sp.page);
  const page = Number.isInteger(p) && p >= 1 && p <= 100_000 ? p : 1;
  return { year, status, q, kind, area, sort, page };
}

/** The address of a selection: year and status always, the rest only when not the default. */
export function reviewQuery(f: Pick<ReviewFilter, "year" | "status"> & Partial<ReviewFilter>): string {
  const parts = [`year=${f.year}`, `status=${encodeURIComponent(f.status)}`];
  if (f.q) parts.push(`q=${encodeURIComponent(f.q)}`);
  if (f.kind) parts.push(`kind=${encodeURIComponent(f.kind)}`);
  if (f.area) parts.push(`area=${encodeURIComponent(f.area)}`);
  if (f.sort && f.sort !== "name") parts.push(`sort=${f.sort}`);
  if (f.page && f.page > 1) parts.push(`page=${f.page}`);
  return parts.join("&");
}
