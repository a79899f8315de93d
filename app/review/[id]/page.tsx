import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { DocxDownloadLink } from "@/components/docx-download-link";
import { JsonDownloadLink } from "@/components/json-download-link";
import { ChangesList } from "@/components/review/changes-list";
import { CommentThreads } from "@/components/review/comment-threads";
import { DecisionPanel } from "@/components/review/decision-panel";
import { ReportHistory } from "@/components/review/report-history";
import { ReviewDocument } from "@/components/review/review-document";
import { StatusBadge } from "@/components/review/status-badge";
import { WebVersionButtons } from "@/components/web-version-buttons";
import { check } from "@/lib/check";
import { fillDerived } from "@/lib/report/fill-derived";
import { parseReport } from "@/lib/report/schema";
import { findVisibleReport } from "@/lib/server/access";
import { requireUser } from "@/lib/server/acting-user";
import { listComments } from "@/lib/server/comments-service";
import { changesSinceLastSubmission, reportHistory } from "@/lib/server/history-service";
import { reportTitle } from "@/lib/template";
import { availableActions } from "@/lib/workflow/transitions";

export const metadata: Metadata = { title: "审核报告 · 年报通" };
export const dynamic = "force-dynamic";

export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("supervisor");
  const { id } = await params;
  const row = await findVisibleReport(user, id);
  if (!row) notFound();
  const parsed = parseReport(JSON.parse(row.data));
  if (!parsed.ok) throw new Error(`报告数据无法读取：${parsed.errors.join("；")}`);
  const report = fillDerived(parsed.report);
  const [comments, history, changes] = await Promise.all([
    listComments(user, id),
    reportHistory(user, id),
    changesSinceLastSubmission(user, id),
  ]);
  const findings = check(report);
  const actions = availableActions(user.role, row.status);

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <p className="text-sm">
          <Link href={`/review?year=${row.year}`} className="text-red-800 underline">
            ← 返回审核列表
          </Link>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{reportTitle(row.organization.name, row.year)}</h1>
          <StatusBadge status={row.status} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          错误 {findings.filter((f) => f.severity === "error").length} 处，提醒 {findings.filter((f) => f.severity === "warning").length} 处
          {row.publishedUrl ? (
            <>
              ；已于 {row.publishedAt?.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })} 发布于 {row.publishedUrl}
            </>
          ) : null}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <DocxDownloadLink reportId={row.id} />
          <JsonDownloadLink reportId={row.id} />
          <WebVersionButtons reportId={row.id} report={report} />
        </div>

        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div>
            {row.status === "submitted" ? (
              <p className="mb-2 text-sm text-slate-600">点击表格中的格子，或段落标题旁的“批注”，即可在该处添加批注。</p>
            ) : null}
            <ReviewDocument
              reportId={row.id}
              report={report}
              findings={findings}
              comments={comments ?? []}
              canComment={row.status === "submitted"}
            />
          </div>
          <aside className="space-y-6">
            <DecisionPanel reportId={row.id} actions={actions} />
            <section aria-labelledby="changes-heading">
              <h2 id="changes-heading" className="text-lg font-bold">
                与上次提交相比
              </h2>
              <ChangesList view={changes} />
            </section>
            <section aria-labelledby="comments-heading">
              <h2 id="comments-heading" className="text-lg font-bold">
                批注
              </h2>
              <CommentThreads reportId={row.id} comments={comments ?? []} canAnswer />
            </section>
            <section aria-labelledby="history-heading">
              <h2 id="history-heading" className="text-lg font-bold">
                流转记录
              </h2>
              <ReportHistory entries={history ?? []} />
            </section>
          </aside>
        </div>
      </main>
    </>
  );
}
