"use client";
/** The supervisor's decisions: 退回修改 (with a reason), 审核通过, and 标记已发布 (date and address). */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { approveReportAction, publishReportAction, returnReportAction, type ActionResult } from "@/app/review/actions";
import type { WorkflowAction } from "@/lib/workflow/transitions";

export function DecisionPanel({ reportId, actions }: { reportId: string; actions: WorkflowAction[] }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [date, setDate] = useState("");
  const [url, setUrl] = useState("");
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<ActionResult>) =>
    start(async () => {
      const r = await fn().catch((): ActionResult => ({ ok: false, message: "操作失败：登录可能已失效，请重新登录" }));
      if (!r.ok) return setMessage(r.message);
      setMessage("");
      setComment("");
      router.refresh();
    });
  if (actions.length === 0) return null;
  return (
    <section aria-label="审核决定" className="rounded border border-slate-300 bg-white p-4">
      {actions.includes("approve") || actions.includes("return") ? (
        <>
          <label className="block text-sm">
            <span className="text-slate-700">审核意见（退回时必填，或先在报告中添加批注）</span>
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
          </label>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => returnReportAction(reportId, comment))}
              className="rounded border border-red-700 bg-white px-4 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60"
            >
              退回修改
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => approveReportAction(reportId, comment))}
              className="rounded bg-emerald-700 px-4 py-2 text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              审核通过
            </button>
          </div>
        </>
      ) : null}
      {actions.includes("publish") ? (
        <div className="flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="block text-slate-700">发布日期</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} className="mt-1 rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex-1 text-sm">
            <span className="block text-slate-700">发布网址</span>
            <input
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://"
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => publishReportAction(reportId, date, url))}
            className="rounded bg-sky-700 px-4 py-2 text-white hover:bg-sky-800 disabled:opacity-60"
          >
            标记已发布
          </button>
        </div>
      ) : null}
      {message ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </section>
  );
}
