import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { DashboardTable } from "@/components/review/dashboard-table";
import { TotalsTables } from "@/components/review/totals-tables";
import { requireUser } from "@/lib/server/acting-user";
import { supervisorDashboard, type DashboardStatus } from "@/lib/server/dashboard-service";
import { REPORT_STATUSES, STATUS_LABELS } from "@/lib/workflow/statuses";

export const metadata: Metadata = { title: "审核 · 年报通" };
export const dynamic = "force-dynamic";

const FILTERS: { value: "all" | DashboardStatus; label: string }[] = [
  { value: "all", label: "全部" },
  ...REPORT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  { value: "none", label: "未创建" },
];

/** Reports are written in January for the year before; until June the default is last year. */
function defaultYear(now = new Date()): number {
  return now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();
}

type Props = { searchParams: Promise<{ year?: string; status?: string }> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser("supervisor");
  const sp = await searchParams;
  const parsedYear = Number(sp.year);
  const year = Number.isInteger(parsedYear) && parsedYear >= 2019 && parsedYear <= 2100 ? parsedYear : defaultYear();
  const status = FILTERS.some((f) => f.value === sp.status) ? sp.status : "all";
  const dash = (await supervisorDashboard(user, year, status))!;
  const total = Object.values(dash.counts).reduce((a, b) => a + b, 0);
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
          {FILTERS.map((f) => {
            const n = f.value === "all" ? total : dash.counts[f.value];
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
        <DashboardTable rows={dash.rows} />

        <section className="mt-10" aria-labelledby="totals-heading">
          <h2 id="totals-heading" className="text-xl font-bold">
            全区合计（已通过和已发布的报告）
          </h2>
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
