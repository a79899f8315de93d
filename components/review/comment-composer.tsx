"use client";
import { useState, useTransition } from "react";
import { addCommentAction } from "@/app/review/actions";

/** The form for one new comment at a chosen cell or section. */
export function CommentComposer(props: { reportId: string; anchor: string; label: string; onDone: (saved: boolean) => void }) {
  const [body, setBody] = useState("");
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const r = await addCommentAction(props.reportId, props.anchor, body).catch(() => ({
        ok: false as const,
        message: "保存失败：登录可能已失效，请重新登录",
      }));
      if (!r.ok) return setMessage(r.message);
      setBody("");
      props.onDone(true);
    });
  return (
    <div role="dialog" aria-label="添加批注" className="rounded border border-amber-400 bg-amber-50 p-3">
      <p className="text-sm">
        批注位置：<span className="font-medium">{props.label}</span>
      </p>
      <label className="mt-2 block text-sm">
        <span className="text-slate-700">批注内容</span>
        <textarea
          autoFocus
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={3}
          className="mt-1 w-full rounded border border-slate-300 px-2 py-1"
        />
      </label>
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={save} disabled={pending} className="rounded bg-red-700 px-3 py-1 text-white hover:bg-red-800 disabled:opacity-60">
          保存批注
        </button>
        <button type="button" onClick={() => props.onDone(false)} className="rounded border border-slate-300 bg-white px-3 py-1">
          取消
        </button>
      </div>
    </div>
  );
}
