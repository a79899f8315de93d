import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { DocxDownloadLink } from "@/components/docx-download-link";
import { JsonDownloadLink } from "@/components/json-download-link";
import { ChangesList } from "@/components/review/changes-list";
import { CommentThreads } from "@/components/review/comment-threads";
import { DecisionPanel } from "@/components/review/decision-panel";
import { QueueNav } from "@/components/review/queue-nav";
import { ReportHistory } from "@/components/review/report-history";
import { ReviewDocument } from "@/components/review/review-document";
import { StatusBadge } from "@/components/review/status-badge";
import { WebVersionButtons } from "@/components/web-version-buttons";
import { ConfirmedWarnings } from "@/components/review/confirmed-warnings";
import { OPEN_WARNINGS, SEVERITY_WORDS } from "@/lib/report/field-labels";
import { requireUser } from "@/lib/server/acting-user";
import { listComments } from "@/lib/server/comments-service";
import { reviewQueue } from "@/lib/server/review-queue";
import { changesSinceLastSubmission, reportHistory } from "@/lib/server/history-service";
import { loadReportForReview } from "@/lib/server/review-service";
import { getTemplate, reportTitle } from "@/lib/template";
import { beijingDate } from "@/lib/workflow/publication";
import { parseReviewFilter, reviewQuery } from "@/lib/workflow/review-filter";
import { availableActions } from "@/lib/workflow/transitions";

export const metadata: Metadata = { title: "审核报告 · 年报通" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ year?: string; status?: string; q?: string; kind?: string; area?: string; sort?: string; page?: string }>;
};

export default async function ReviewReportPage({ params, searchParams }: Props) {
  const user = await requireUser("supervisor");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const row = await loadReportForReview(user, id);
  if (!row) notFound();
  const { report, findings, counts } = row;
  // The list the supervisor came from (its year and filter), or this report's year.
  const filter = parseReviewFilter({ ...sp, year: sp.year ?? String(row.year) });
  const query = reviewQuery(filter);
  const [comments, history, changes, queue] = await Promise.all([
    listComments(user, id),
    reportHistory(user, id),
    changesSinceLastSubmission(user, id),
    reviewQueue(user, id, filter.year, filter),
  ]);
  const link = (r: { reportId: string | null; organizationName: string } | null) =>
    r?.reportId ? { href: `/review/${r.reportId}?${query}`, name: r.organizationName } : null;
  const openComments = (comments ?? []).filter((c) => !c.resolved).map((c) => ({ id: c.id, anchorLabel: c.anchorLabel, body: c.body }));
  const actions = availableActions(user.role, row.status);

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <QueueNav
          queue={{
            position: queue?.position ?? 1,
            total: queue?.total ?? 1,
            prev: link(queue?.prev ?? null),
            next: link(queue?.next ?? null),
            list: `/review?${query}`,
          }}
        />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{reportTitle(row.organizationName, row.year)}</h1>
          <StatusBadge status={row.status} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {SEVERITY_WORDS.error} {counts.errorCount} 处，{OPEN_WARNINGS} {counts.warningCount} 处
          {row.confirmed.length ? `，填报人已确认 ${row.confirmed.length} 处${SEVERITY_WORDS.warning}` : ""}
          {row.status === "published" && row.publishedUrl ? (
            <>
              ；已于 {row.publishedAt?.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })} 发布于 {row.publishedUrl}
            </>
          ) : null}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <DocxDownloadLink reportId={row.id} />
          <JsonDownloadLink reportId={row.id} />
          <WebVersionButtons reportId={row.id} report={report} />
          {row.previous ? (
            <Link href={`/reports/${row.id}/compare`} className="rounded border border-slate-300 bg-white px-4 py-2 text-slate-800 hover:bg-slate-50">
              与上年报告对比
            </Link>
          ) : null}
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
              changedCells={changes?.changes.flatMap((c) => (c.kind === "cell" ? [c.key] : [])) ?? []}
            />
          </div>
          {/* The aside keeps in view while a long report scrolls; it scrolls on its own when taller than the window. */}
          <aside className="space-y-6 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
            <DecisionPanel
              reportId={row.id}
              actions={actions}
              openComments={openComments}
              publication={row.publishedAt && row.publishedUrl ? { date: beijingDate(row.publishedAt), url: row.publishedUrl } : null}
            />
            <section aria-labelledby="confirmed-heading">
              <h2 id="confirmed-heading" className="text-lg font-bold">
                填报人已确认的{SEVERITY_WORDS.warning}
              </h2>
              <ConfirmedWarnings items={row.confirmed} template={getTemplate(report.format)} />
            </section>
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
