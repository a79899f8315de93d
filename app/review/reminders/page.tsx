import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { CallListAreas } from "@/components/review/call-list-areas";
import { CopyListButton } from "@/components/review/copy-list-button";
import { Pager } from "@/components/review/pager";
import { PrintButton } from "@/components/review/print-button";
import { RemindButton } from "@/components/review/remind-button";
import { requireUser } from "@/lib/server/acting-user";
import { reminderCallPage } from "@/lib/server/reminders-service";
import { CALL_LIST_COLUMNS, callListLine, remindedDay } from "@/lib/workflow/call-list-xlsx";
import { deadlineFor } from "@/lib/workflow/deadline";
import { chineseDay } from "@/lib/workflow/publication";
import { parseReviewFilter } from "@/lib/workflow/review-filter";

export const metadata: Metadata = { title: "催报名单 · 年报通" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ year?: string; area?: string; page?: string }> };

/** The units not yet submitted, with whom to call: for the phone calls and the written 通知, a page at a time. */
export default async function RemindersPage({ searchParams }: Props) {
  const user = await requireUser("supervisor");
  const { year, area, page } = parseReviewFilter(await searchParams);
  const list = (await reminderCallPage(user, year, { area, page }))!;
  const areaId = list.area?.id ?? "";
  const href = (change: { area?: string; page?: number }) => {
    const a = change.area ?? areaId;
    const p = change.page ?? 1;
    return `/review/reminders?year=${year}${a ? `&area=${encodeURIComponent(a)}` : ""}${p > 1 ? `&page=${p}` : ""}`;
  };
  const paged = list.pageCount > 1;
  const from = (list.page - 1) * list.pageSize;
  const tsv = [[...CALL_LIST_COLUMNS], ...list.rows.map(callListLine)].map((l) => l.join("\t")).join("\n");
  return (
    <>
      <div className="print:hidden">
        <AppHeader />
      </div>
      <main className="mx-auto max-w-6xl px-6 py-8 print:p-0">
        <p className="text-sm print:hidden">
          <Link href={`/review?year=${year}`} className="text-red-800 underline">
            ← 返回审核列表
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">
          {year} 年度报告催报名单{list.area ? `：${list.area.name}` : ""}
        </h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="call-list-summary">
          截止日期：{chineseDay(deadlineFor(year))}（《条例》第四十九条）。共 {list.matched} 个单位尚未提交
          {paged ? `，本页第 ${from + 1}–${from + list.rows.length} 个（第 ${list.page} / ${list.pageCount} 页）` : ""}。
        </p>
        <CallListAreas areas={list.areas} wholeNotIn={list.wholeNotIn} current={areaId} href={(a) => href({ area: a })} />
        {list.matched > 0 ? (
          <>
            <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
              <CopyListButton text={tsv} label={paged ? "复制本页名单" : "复制名单"} />
              <PrintButton label={paged ? "打印本页名单" : "打印名单"} />
              <a href={`/review/reminders/xlsx?year=${year}${areaId ? `&area=${encodeURIComponent(areaId)}` : ""}`} className="text-sm text-red-800 underline" download>
                下载名单（Excel，全部 {list.matched} 个单位）
              </a>
              {list.wholeNotIn > 0 ? <RemindButton year={year} target="all" label={`在系统中催报全部未提交单位（${list.wholeNotIn}）`} primary /> : null}
            </div>
            <table className="mt-4 w-full border-collapse bg-white text-left text-sm" aria-label="催报名单">
              <thead>
                <tr className="border-b border-slate-300 bg-slate-100">
                  {CALL_LIST_COLUMNS.map((c) => (
                    <th key={c} className="px-3 py-2">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r, i) => (
                  <tr key={`${from + i}`} className="border-b border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {r.organizationName}
                    </th>
                    <td className="px-3 py-2">{r.state}</td>
                    <td className="px-3 py-2">{r.contact}</td>
                    <td className="px-3 py-2">{remindedDay(r.remindedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="print:hidden">
              <Pager page={list.page} pageCount={list.pageCount} href={(p) => href({ page: p })} />
            </div>
          </>
        ) : (
          <p className="mt-4 text-slate-700">{list.area ? `${list.area.name}的单位都已提交。` : "所有单位都已提交，无需催报。"}</p>
        )}
      </main>
    </>
  );
}
