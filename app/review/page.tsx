import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { DashboardTable } from "@/components/review/dashboard-table";
import { RemindButton } from "@/components/review/remind-button";
import { TotalsTables } from "@/components/review/totals-tables";
import { requireUser } from "@/lib/server/acting-user";
import { supervisorDashboard, type DashboardStatus } from "@/lib/server/dashboard-service";
import { REMINDABLE } from "@/lib/workflow/reminders";
import { parseReviewFilter, REVIEW_FILTERS, reviewQuery } from "@/lib/workflow/review-filter";

export const metadata: Metadata = { title: "审核 · 年报通" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ year?: string; status?: string }> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser("supervisor");
  const sp = await searchParams;
  const { year, status } = parseReviewFilter(sp);
  const dash = (await supervisorDashboard(user, year, status))!;
  const total = Object.values(dash.counts).reduce((a, b) => a + b, 0);
  const notIn = REMINDABLE.reduce((n, s) => n + dash.counts[s], 0);
  const years = Array.from({ length: new Date().getFullYear() - 2019 + 1 }, (_, i) => new Date().getFullYear() - i);

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <h1 className="text-2xl font-bold">{year} 年度报告审核</h1>
        <p className="mt-2">
          <Link href="/review/batch" className="text-sky-800 underline">
            批量体检：一次检查所辖单位已发布的年报（PDF、Word、网页或压缩包）
          </Link>
        </p>
        <form method="get" className="mt-4 flex items-end gap-3">
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
          <input type="hidden" name="status" value={status} />
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
            查看
          </button>
        </form>
        <nav aria-label="按状态筛选" className="mt-4 flex flex-wrap gap-2 text-sm">
          {REVIEW_FILTERS.map((f) => {
            const n = f.value === "all" ? total : dash.counts[f.value as DashboardStatus];
            const active = f.value === status;
            return (
              <Link
                key={f.value}
                href={`/review?year=${year}&status=${f.value}`}
                aria-current={active ? "page" : undefined}
                className={`rounded-full border px-3 py-1 ${active ? "border-red-700 bg-red-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
              >
                {f.label}（{n}）
              </Link>
            );
          })}
        </nav>
        {notIn > 0 ? (
          <div className="mt-4 flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            <span>{notIn} 个单位尚未提交 {year} 年度报告。</span>
            <RemindButton year={year} target="all" label={`催报全部未提交单位（${notIn}）`} primary />
            <Link href={`/review/reminders?year=${year}`} className="text-red-800 underline">
              催报名单（联系人，可复制、打印）
            </Link>
          </div>
        ) : null}
        <DashboardTable rows={dash.rows} query={reviewQuery({ year, status })} year={year} />

        <section className="mt-10" aria-labelledby="totals-heading">
          <h2 id="totals-heading" className="text-xl font-bold">
            全区合计（已通过和已发布的报告）
          </h2>
          <p className="mt-1 text-sm">
            <Link href={`/review/summary?year=${year}`} className="text-red-800 underline">
              汇总表：表二、表三、表四逐格合计及各单位明细（可下载 Excel、可打印）
            </Link>
          </p>
          {dash.totals ? (
            <>
              <p className="mt-1 text-sm text-slate-600">共 {dash.totals.count} 份报告，逐格相加。</p>
              <div className="mt-4">
                <TotalsTables report={dash.totals.report} />
              </div>
            </>
          ) : (
            <p className="mt-2 text-slate-600">本年度还没有已通过的报告。</p>
          )}
        </section>
      </main>
    </>
  );
}
