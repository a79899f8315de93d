import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { PrintButton } from "@/components/review/print-button";
import { SummaryTableView } from "@/components/review/summary-table";
import { requireUser } from "@/lib/server/acting-user";
import { parseSummaryStatuses, supervisorSummary } from "@/lib/server/summary-service";
import { unitIdParam } from "@/lib/tree/path";
import { parseReviewFilter } from "@/lib/workflow/review-filter";
import { REPORT_STATUSES, STATUS_LABELS } from "@/lib/workflow/statuses";

export const metadata: Metadata = { title: "汇总表 · 年报通" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ year?: string; status?: string | string[]; level?: string }> };

export default async function SummaryPage({ searchParams }: Props) {
  const user = await requireUser("supervisor");
  const sp = await searchParams;
  const { year } = parseReviewFilter({ year: sp.year });
  const statuses = parseSummaryStatuses(sp.status);
  const levelId = unitIdParam(sp.level) || undefined;
  // null for a year without a national format (nothing to sum).
  const at = await supervisorSummary(user, year, statuses, levelId);
  const summary = at?.summary ?? null;
  const trail = at?.trail ?? [];
  const years = Array.from({ length: new Date().getFullYear() - 2019 + 1 }, (_, i) => new Date().getFullYear() - i);
  const base = `year=${year}&status=${statuses.join(",")}`;
  const levelHref = (id: string, top: boolean) => `/review/summary?${base}${top ? "" : `&level=${encodeURIComponent(id)}`}`;
  const nested = at !== null && trail.length > 1;
  const query = `${base}${nested ? `&level=${encodeURIComponent(at.level.id)}` : ""}`;
  const areas = (at?.columns ?? []).filter((c) => c.area);
  return (
    <>
      <div className="print:hidden">
        <AppHeader />
      </div>
      <main className="mx-auto max-w-6xl px-6 py-8 print:max-w-none print:p-0">
        <p className="text-sm print:hidden">
          <Link href={`/review?year=${year}`} className="text-red-800 underline">
            ← 返回审核列表
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">
          {year} 年度报告汇总（表二、表三、表四）{nested ? `：${at.level.name}` : ""}
        </h1>
        {nested ? (
          <nav aria-label="汇总层级" className="mt-2 flex flex-wrap items-center gap-1 text-sm print:hidden">
            {trail.map((t, i) => (
              <span key={t.id} className="flex items-center gap-1">
                {i > 0 ? <span aria-hidden="true">›</span> : null}
                {t.id === at.level.id ? (
                  <span aria-current="page">{t.name}</span>
                ) : (
                  <Link href={levelHref(t.id, i === 0)} className="text-red-800 underline">
                    {t.name}
                  </Link>
                )}
              </span>
            ))}
          </nav>
        ) : null}
        <form method="get" className="mt-4 flex flex-wrap items-end gap-4 print:hidden">
          {nested ? <input type="hidden" name="level" value={at.level.id} /> : null}
          <label className="text-sm">
            <span className="block text-slate-700">年度</span>
            <select name="year" defaultValue={year} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y} 年
                </option>
              ))}
            </select>
          </label>
          <fieldset className="text-sm">
            <legend className="text-slate-700">计入的报告状态</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {REPORT_STATUSES.map((s) => (
                <label key={s} className="flex items-center gap-1">
                  <input type="checkbox" name="status" value={s} defaultChecked={statuses.includes(s)} />
                  {STATUS_LABELS[s]}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
            汇总
          </button>
        </form>
        {summary && summary.units.length > 0 ? (
          <>
            <p className="mt-4 text-sm text-slate-700">
              计入 {at?.reports ?? 0} 份报告（状态：{statuses.map((s) => STATUS_LABELS[s]).join("、")}），每一行右侧是各下级单位的数字
              {areas.length ? "，有下级的单位（辖区）是其下全部单位的合计" : ""}。
              {summary.skipped ? `另有 ${summary.skipped} 份报告格式与本年度不同，未计入。` : ""}
            </p>
            {areas.length ? (
              <nav aria-label="逐级查看" className="mt-2 flex flex-wrap items-center gap-2 text-sm print:hidden">
                <span className="text-slate-700">逐级查看：</span>
                {areas.map((c) => (
                  <Link key={c.id} href={levelHref(c.id, false)} className="rounded-full border border-slate-300 bg-white px-3 py-0.5 hover:bg-slate-100">
                    {c.name}（{c.reports} 份）
                  </Link>
                ))}
              </nav>
            ) : null}
            <div className="mt-3 flex flex-wrap gap-3 print:hidden">
              <a href={`/review/summary/xlsx?${query}`} className="rounded bg-red-800 px-3 py-1.5 text-white hover:bg-red-900">
                下载 Excel 汇总表（.xlsx）
              </a>
              <PrintButton />
            </div>
            {summary.tables.map((t) => (
              <SummaryTableView key={t.table} table={t} units={summary.units} />
            ))}
          </>
        ) : (
          <p className="mt-6 text-slate-700">没有符合条件的报告：请换一个年度，或多选几种状态。</p>
        )}
      </main>
    </>
  );
}
