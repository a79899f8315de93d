import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { BreaksList } from "@/components/compare/breaks-list";
import { ChangesDetails } from "@/components/compare/changes-details";
import { CompareSummary } from "@/components/compare/compare-summary";
import { breakMarks, CompareTable } from "@/components/compare/compare-table";
import { CompareTexts } from "@/components/compare/compare-texts";
import { YearPicker } from "@/components/compare/year-picker";
import { getActingUser } from "@/lib/server/acting-user";
import { loadComparison } from "@/lib/server/compare-service";
import { getTemplate } from "@/lib/template";
import { statusLabel } from "@/lib/workflow/statuses";

export const metadata: Metadata = { title: "年度对比 · 年报通" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ with?: string | string[] }> };

export default async function ComparePage({ params, searchParams }: Props) {
  const user = await getActingUser();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const view = await loadComparison(user, id, typeof sp.with === "string" ? sp.with : undefined);
  if (!view) notFound();
  const { comparison: c, earlier, later } = view;
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl space-y-6 px-6 py-8">
        <p>
          <Link href={view.backHref} className="text-sky-800 underline">
            ← 返回{view.year}年度报告
          </Link>
        </p>
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">
            {view.organizationName}
            {c ? `${c.earlierYear}年与${c.laterYear}年报告对比` : "年度报告对比"}
          </h1>
          {earlier && later && (
            <p className="text-sm text-slate-700">
              {earlier.year}年报告（{statusLabel(earlier.status)}）与{later.year}年报告（{statusLabel(later.status)}）：表格按{later.year}年的格子排，格内小字是{earlier.year}年的数字；文字左边是{earlier.year}年，右边是{later.year}年。
            </p>
          )}
          <YearPicker reportId={view.reportId} year={view.year} years={view.years} shown={earlier?.id === view.reportId ? later?.id : earlier?.id} />
        </div>
        {view.message && (
          <p role="status" className="rounded border border-slate-400 bg-white p-3">
            {view.message}
          </p>
        )}
        {c && later && (
          <>
            <CompareSummary comparison={c} />
            {!c.sameFormat && (
              <p className="text-sm text-slate-700">两年的报告格式不同（{earlier?.report.format}年格式、{later.report.format}年格式），表格只比较两种格式都有的格子。</p>
            )}
            {!c.adjacent && <p className="text-sm text-slate-700">两份报告不是相邻年度：跨年衔接（W1、W2）和照抄上年（W6）只在相邻两年之间检查。</p>}

            <section aria-labelledby="tables-heading" className="space-y-3">
              <h2 id="tables-heading" className="text-xl font-bold">
                表格
              </h2>
              <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
                <span>
                  <span className="mr-1 inline-block h-3 w-4 bg-sky-50 align-middle shadow-[inset_0_0_0_2px_#0369a1]" aria-hidden />
                  蓝框：数字与{c.earlierYear}年不同（{c.changes.length} 处，合计随之变化的不算）
                </span>
                <span>
                  <span className="mr-1 inline-block h-3 w-4 align-middle outline outline-2 -outline-offset-2 outline-dashed outline-amber-600" aria-hidden />
                  橙色虚线框：跨年衔接问题（W1 上年结转、W2 现行有效），与之比较的上年数字标橙色底
                </span>
              </p>
              <BreaksList breaks={c.breaks} />
              <ChangesDetails changes={c.changes} earlierYear={c.earlierYear} laterYear={c.laterYear} />
              {getTemplate(later.report.format).sections.flatMap(({ table, heading }) => (table ? [{ table, heading }] : [])).map(({ table, heading }) => (
                <div key={table} className="space-y-1">
                  <h3 className="font-bold">{heading}</h3>
                  <div className="overflow-x-auto">
                    <CompareTable
                      template={getTemplate(later.report.format)}
                      table={table}
                      later={later.report}
                      comparison={c}
                      changed={new Set(c.changes.map((x) => x.key))}
                      marks={breakMarks(c)}
                    />
                  </div>
                </div>
              ))}
            </section>

            <section aria-labelledby="texts-heading" className="space-y-3">
              <h2 id="texts-heading" className="text-xl font-bold">
                文字
              </h2>
              <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
                <span>
                  <mark className="bg-yellow-200 px-1">黄底</mark>：与{c.adjacent ? "上年" : `${c.earlierYear}年`}相同的句子（照抄，W6）
                </span>
                <span>
                  <ins className="bg-emerald-100 px-1 font-semibold text-emerald-900 no-underline">绿色</ins>：新写或改写的文字
                </span>
                <span>
                  <del className="bg-red-100 px-1 text-red-800">红色删除线</del>：改掉的文字
                </span>
              </p>
              <CompareTexts texts={c.texts} earlierYear={c.earlierYear} laterYear={c.laterYear} />
            </section>
          </>
        )}
      </main>
    </>
  );
}
