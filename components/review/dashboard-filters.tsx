import Link from "next/link";
import { ORGAN_KINDS } from "@/lib/template";
import { REVIEW_SORTS, type ReviewFilter } from "@/lib/workflow/review-filter";

const field = "mt-1 rounded border border-slate-300 bg-white px-2 py-1";

/**
 * The list's selection as a plain GET form (works without JavaScript): year, a search in the unit
 * names, kind, sub-area and order; the status chips keep the status. A new selection starts at page 1.
 */
export function DashboardFilters({ filter, years, areas }: { filter: ReviewFilter; years: number[]; areas: { id: string; name: string }[] }) {
  const narrowed = filter.q || filter.kind || filter.area || filter.sort !== "name";
  return (
    <form method="get" role="search" aria-label="筛选单位" className="mt-4 flex flex-wrap items-end gap-3">
      <div className="text-sm">
        <label htmlFor="review-year" className="block text-slate-700">年度</label>
        <select id="review-year" name="year" defaultValue={filter.year} className={field}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y} 年
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="review-q" className="block text-slate-700">单位名称</label>
        <input type="search" id="review-q" name="q" defaultValue={filter.q} maxLength={50} placeholder="输入名称中的字" className={`${field} w-44`} />
      </div>
      <div className="text-sm">
        <label htmlFor="review-kind" className="block text-slate-700">单位类型</label>
        <select id="review-kind" name="kind" defaultValue={filter.kind} className={field}>
          <option value="">全部类型</option>
          {Object.entries(ORGAN_KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {areas.length > 0 ? (
        <div className="text-sm">
        <label htmlFor="review-area" className="block text-slate-700">辖区</label>
          <select id="review-area" name="area" defaultValue={filter.area} className={`${field} max-w-56`}>
            <option value="">所辖全部</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="text-sm">
        <label htmlFor="review-sort" className="block text-slate-700">排序</label>
        <select id="review-sort" name="sort" defaultValue={filter.sort} className={field}>
          {REVIEW_SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="status" value={filter.status} />
      <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
        查看
      </button>
      {narrowed ? (
        <Link href={`/review?year=${filter.year}&status=${filter.status}`} className="py-1 text-sm text-red-800 underline">
          清除筛选
        </Link>
      ) : null}
    </form>
  );
}
