"use client";
/** 催报: one unit (its row) or every unit not yet submitted; the date then shows on the dashboard. */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { remindAction } from "@/app/review/actions";

/** `quiet`: in a table row the new date is the confirmation; only a refusal is spelled out. */
export function RemindButton(props: { year: number; target: string; label: string; srLabel?: string; primary?: boolean; quiet?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const click = () =>
    start(async () => {
      const r = await remindAction(props.year, props.target).catch(() => ({ ok: false as const, message: "催报失败：登录可能已失效，请重新登录" }));
      setMessage({ ok: r.ok, text: r.message });
      if (r.ok) router.refresh();
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={click}
        className={
          props.primary
            ? "rounded bg-amber-700 px-3 py-1.5 text-sm text-white hover:bg-amber-800 disabled:opacity-60"
            : "rounded border border-amber-700 bg-white px-2 py-0.5 text-xs text-amber-900 hover:bg-amber-50 disabled:opacity-60"
        }
      >
        {props.label}
        {props.srLabel ? <span className="sr-only">{props.srLabel}</span> : null}
      </button>
      {message && !(props.quiet && message.ok) ? (
        <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-800" : "text-red-700"}`}>
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
