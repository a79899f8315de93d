import type { CommentView } from "@/lib/server/comments-service";
import type { HistoryEntry } from "@/lib/server/history-service";
import { CommentThreads } from "./comment-threads";
import { ReportHistory } from "./report-history";

/**
 * For the clerk's report page: the supervisor's comments (answer, mark resolved)
 * and the report's history. Nothing while the report has neither.
 */
export function ReviewNotes({ reportId, comments, history }: { reportId: string; comments: CommentView[]; history: HistoryEntry[] }) {
  const open = comments.filter((c) => !c.resolved).length;
  if (comments.length === 0 && history.length <= 1) return null;
  return (
    <div className="mx-auto mb-8 mt-4 max-w-[96rem] space-y-3 px-4">
      {comments.length > 0 ? (
        <section aria-labelledby="review-notes-heading" className="rounded border border-violet-300 bg-white p-4">
          <h2 id="review-notes-heading" className="text-lg font-bold">
            答复审核批注{open ? `（${open} 条待处理）` : ""}
          </h2>
          <p className="mb-2 text-sm text-slate-600">表格中的批注也显示在所指的格子处（格子右上角的紫色标记）。修改后可回复说明，并标记为已解决。</p>
          <CommentThreads reportId={reportId} comments={comments} canAnswer />
        </section>
      ) : null}
      {history.length > 1 ? (
        <details className="rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">流转记录（{history.length} 条）</summary>
          <div className="mt-2">
            <ReportHistory entries={history} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
