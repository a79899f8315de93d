"use client";
/**
 * The supervisor's decisions: 退回修改 (with a reason), 审核通过 (confirming open comments),
 * 标记已发布 and 更正发布信息 (date and address), 重新打开 (with a reason the clerk is shown).
 */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  approveReportAction,
  correctPublicationAction,
  publishReportAction,
  reopenReportAction,
  returnReportAction,
  type ActionResult,
} from "@/app/review/actions";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { OpenCommentsConfirm, type OpenComment } from "./open-comments-confirm";
import { PublicationForm } from "./publication-form";

export function DecisionPanel(props: {
  reportId: string;
  actions: WorkflowAction[];
  openComments: OpenComment[];
  /** The recorded publication ("YYYY-MM-DD", address), prefilled for a correction. */
  publication?: { date: string; url: string } | null;
}) {
  const { reportId, actions } = props;
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<ActionResult>) =>
    start(async () => {
      const r = await fn().catch((): ActionResult => ({ ok: false, message: "操作失败：登录可能已失效，请重新登录" }));
      if (!r.ok) return setMessage(r.message);
      setMessage("");
      setComment("");
      setReason("");
      setConfirming(false);
      router.refresh();
    });
  const approve = () => {
    if (props.openComments.length > 0 && !confirming) return setConfirming(true);
    run(() => approveReportAction(reportId, comment, props.openComments.length > 0));
  };
  if (actions.length === 0) return null;
  return (
    <section aria-label="审核决定" className="space-y-4 rounded border border-slate-300 bg-white p-4">
      {actions.includes("approve") || actions.includes("return") ? (
        <div>
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
              disabled={pending || confirming}
              onClick={approve}
              className="rounded bg-emerald-700 px-4 py-2 text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              审核通过
            </button>
          </div>
          {confirming ? (
            <OpenCommentsConfirm comments={props.openComments} pending={pending} onConfirm={approve} onCancel={() => setConfirming(false)} />
          ) : null}
        </div>
      ) : null}
      {actions.includes("publish") ? (
        <PublicationForm submitLabel="标记已发布" pending={pending} onSubmit={(d, u) => run(() => publishReportAction(reportId, d, u))} />
      ) : null}
      {actions.includes("correctPublication") ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-800">更正发布信息</summary>
          <div className="mt-2">
            <PublicationForm
              initialDate={props.publication?.date}
              initialUrl={props.publication?.url}
              submitLabel="保存更正"
              pending={pending}
              onSubmit={(d, u) => run(() => correctPublicationAction(reportId, d, u))}
            />
          </div>
        </details>
      ) : null}
      {actions.includes("reopen") ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-800">重新打开（退回填报人修改）</summary>
          <label className="mt-2 block text-sm">
            <span className="text-slate-700">重新打开的原因（必填，填报人会看到）</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className="mt-1 w-full rounded border border-slate-300 px-2 py-1" />
          </label>
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => reopenReportAction(reportId, reason))}
            className="mt-2 rounded border border-red-700 bg-white px-4 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            重新打开
          </button>
        </details>
      ) : null}
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </section>
  );
}
