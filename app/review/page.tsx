import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { AreaTable } from "@/components/review/area-table";
import { DashboardFilters } from "@/components/review/dashboard-filters";
import { DashboardTable } from "@/components/review/dashboard-table";
import { Pager } from "@/components/review/pager";
import { RemindButton } from "@/components/review/remind-button";
import { TotalsTables } from "@/components/review/totals-tables";
import { requireUser } from "@/lib/server/acting-user";
import { countFor, supervisorDashboard } from "@/lib/server/dashboard-service";
import { parseReviewFilter, REVIEW_FILTERS, reviewQuery, type ReviewFilter } from "@/lib/workflow/review-filter";

export const metadata: Metadata = { title: "审核 · 年报通" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ year?: string; status?: string; q?: string; kind?: string; area?: string; sort?: string; page?: string }> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser("supervisor");
  const filter = parseReviewFilter(await searchParams);
  const { year, status } = filter;
  const dash = (await supervisorDashboard(user, year, filter))!;
  // What the list shows is this page, so links from it (and back to it) keep the page.
  const shown: ReviewFilter = { ...filter, area: dash.area?.id ?? "", page: dash.page };
  const href = (change: Partial<ReviewFilter>) => `/review?${reviewQuery({ ...shown, page: 1, ...change })}`;
  const notIn = dash.whole.notIn;
  const years = Array.from({ length: new Date().getFullYear() - 2019 + 1 }, (_, i) => new Date().getFullYear() - i);
  const from = (dash.page - 1) * dash.pageSize;

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
        <DashboardFilters filter={shown} years={years} areas={dash.areas.flatMap((a) => (a.areaId ? [{ id: a.areaId, name: a.name }] : []))} />
        <nav aria-label="按状态筛选" className="mt-4 flex flex-wrap gap-2 text-sm">
          {REVIEW_FILTERS.map((f) => {
            const n = countFor(dash.counts, f.value);
            const active = f.value === status;
            return (
              <Link
                key={f.value}
                href={href({ status: f.value })}
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
        {/* The table counts the whole subtree, so its links leave the search and the kind out: they show what it counts. */}
        <AreaTable lines={dash.areas} whole={dash.whole} current={shown.area} link={(area, st) => href({ area, status: st ?? status, q: "", kind: "" })} />

        <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
          <p className="text-sm text-slate-700" data-testid="list-summary">
            {dash.area ? `${dash.area.name}：` : ""}共 {dash.matched} 个单位
            {dash.matched > 0 ? `，第 ${from + 1}–${from + dash.rows.length} 个（第 ${dash.page} / ${dash.pageCount} 页）` : ""}
          </p>
          <a href={`/review/xlsx?${reviewQuery({ ...shown, page: 1 })}`} className="text-sm text-red-800 underline" download>
            下载单位名单（Excel，当前筛选的全部 {dash.matched} 个单位）
          </a>
        </div>
        <DashboardTable rows={dash.rows} query={reviewQuery(shown)} year={year} />
        <Pager page={dash.page} pageCount={dash.pageCount} href={(page) => href({ page })} />

        <section className="mt-10" aria-labelledby="totals-heading">
          <h2 id="totals-heading" className="text-xl font-bold">
            {dash.area ? `${dash.area.name}合计` : "全区合计"}（已通过和已发布的报告）
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
