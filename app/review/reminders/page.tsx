import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { CopyListButton } from "@/components/review/copy-list-button";
import { PrintButton } from "@/components/review/print-button";
import { RemindButton } from "@/components/review/remind-button";
import { requireUser } from "@/lib/server/acting-user";
import { reminderCallList } from "@/lib/server/reminders-service";
import { deadlineFor } from "@/lib/workflow/deadline";
import { chineseDay } from "@/lib/workflow/publication";
import { parseReviewFilter } from "@/lib/workflow/review-filter";

export const metadata: Metadata = { title: "催报名单 · 年报通" };
export const dynamic = "force-dynamic";

const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

/** The units not yet submitted, with whom to call: for the phone calls and the written 通知. */
export default async function RemindersPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requireUser("supervisor");
  const { year } = parseReviewFilter(await searchParams);
  const rows = (await reminderCallList(user, year)) ?? [];
  const tsv = [["单位", "状态", "联系人", "最近催报"], ...rows.map((r) => [r.organizationName, r.state, r.contact, r.remindedAt ? day(r.remindedAt) : "未催报"])]
    .map((l) => l.join("\t"))
    .join("\n");
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
        <h1 className="mt-2 text-2xl font-bold">{year} 年度报告催报名单</h1>
        <p className="mt-1 text-sm text-slate-700">截止日期：{chineseDay(deadlineFor(year))}（《条例》第四十九条）。共 {rows.length} 个单位尚未提交。</p>
        {rows.length > 0 ? (
          <>
            <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
              <CopyListButton text={tsv} />
              <PrintButton label="打印名单" />
              <RemindButton year={year} target="all" label={`在系统中催报全部（${rows.length}）`} primary />
            </div>
            <table className="mt-4 w-full border-collapse bg-white text-left text-sm" aria-label="催报名单">
              <thead>
                <tr className="border-b border-slate-300 bg-slate-100">
                  <th className="px-3 py-2">单位</th>
                  <th className="px-3 py-2">状态</th>
                  <th className="px-3 py-2">联系人</th>
                  <th className="px-3 py-2">最近催报</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.organizationName} className="border-b border-slate-200">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {r.organizationName}
                    </th>
                    <td className="px-3 py-2">{r.state}</td>
                    <td className="px-3 py-2">{r.contact}</td>
                    <td className="px-3 py-2">{r.remindedAt ? day(r.remindedAt) : "未催报"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="mt-4 text-slate-700">所有单位都已提交，无需催报。</p>
        )}
      </main>
    </>
  );
}
