import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { PrintButton } from "@/components/review/print-button";
import { SummaryTableView } from "@/components/review/summary-table";
import { requireUser } from "@/lib/server/acting-user";
import { parseSummaryStatuses, supervisorSummary } from "@/lib/server/summary-service";
import { parseReviewFilter } from "@/lib/workflow/review-filter";
import { REPORT_STATUSES, STATUS_LABELS } from "@/lib/workflow/statuses";

export const metadata: Metadata = { title: "汇总表 · 年报通" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ year?: string; status?: string | string[] }> };

export default async function SummaryPage({ searchParams }: Props) {
  const user = await requireUser("supervisor");
  const sp = await searchParams;
  const { year } = parseReviewFilter({ year: sp.year });
  const statuses = parseSummaryStatuses(sp.status);
  const summary = await supervisorSummary(user, year, statuses);
  const years = Array.from({ length: new Date().getFullYear() - 2019 + 1 }, (_, i) => new Date().getFullYear() - i);
  const query = `year=${year}&status=${statuses.join(",")}`;
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
        <h1 className="mt-2 text-2xl font-bold">{year} 年度报告汇总（表二、表三、表四）</h1>
        <form method="get" className="mt-4 flex flex-wrap items-end gap-4 print:hidden">
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
              计入 {summary.units.length} 个单位的报告（状态：{statuses.map((s) => STATUS_LABELS[s]).join("、")}），每一行右侧是各单位的数字。
              {summary.skipped ? `另有 ${summary.skipped} 份报告格式与本年度不同，未计入。` : ""}
            </p>
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
