"use client";
/**
 * The comments of a report with their answers: the supervisor's remarks at a
 * cell or section, the clerk's replies, and 标记已解决. Used on the review page
 * and on the clerk's report page.
 */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { replyCommentAction, resolveCommentAction } from "@/app/review/actions";
import type { CommentView } from "@/lib/server/comments-service";

function Thread({ reportId, c, canAnswer }: { reportId: string; c: CommentView; canAnswer: boolean }) {
  const router = useRouter();
  const [reply, setReply] = useState("");
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, after?: () => void) =>
    start(async () => {
      const r = await fn().catch(() => ({ ok: false, message: "操作失败：登录可能已失效，请刷新页面后重试" }));
      if (!r.ok) return setMessage(r.message ?? "操作失败");
      setMessage("");
      after?.();
      router.refresh();
    });
  return (
    <li className={`rounded border p-3 ${c.resolved ? "border-slate-200 bg-slate-50" : "border-amber-300 bg-amber-50"}`} data-anchor={c.anchor}>
      <p className="text-sm text-slate-600">
        <span className="font-medium text-slate-800">{c.anchorLabel}</span>
        {c.resolved ? <span className="ml-2 rounded bg-emerald-100 px-1 text-emerald-800">已解决</span> : null}
      </p>
      <p className="mt-1">
        <span className="text-slate-600">{c.authorName}：</span>
        {c.body}
      </p>
      {c.replies.length ? (
        <ul className="mt-2 space-y-1 border-l-2 border-slate-300 pl-3 text-sm">
          {c.replies.map((r) => (
            <li key={r.id}>
              <span className="text-slate-600">{r.authorName}：</span>
              {r.body}
            </li>
          ))}
        </ul>
      ) : null}
      {canAnswer ? (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <label className="flex-1 text-sm">
            <span className="sr-only">回复“{c.body}”</span>
            <input
              value={reply}
              onChange={(e) => setReply(e.target.value)}
              placeholder="回复…"
              className="w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <button
            type="button"
            disabled={pending || !reply.trim()}
            onClick={() => run(() => replyCommentAction(reportId, c.id, reply), () => setReply(""))}
            className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
          >
            回复
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => resolveCommentAction(reportId, c.id, !c.resolved))}
            className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
          >
            {c.resolved ? "重新打开" : "标记已解决"}
          </button>
        </div>
      ) : null}
      {message ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </li>
  );
}

export function CommentThreads({ reportId, comments, canAnswer }: { reportId: string; comments: CommentView[]; canAnswer: boolean }) {
  if (comments.length === 0) return <p className="text-sm text-slate-600">暂无批注。</p>;
  return (
    <ul className="space-y-2" aria-label="审核批注">
      {comments.map((c) => (
        <Thread key={c.id} reportId={reportId} c={c} canAnswer={canAnswer} />
      ))}
    </ul>
  );
}

