"use client";
/** 发布日期 and 发布网址: recording the publication (标记已发布) or correcting it (更正发布信息). */
import { useRef } from "react";

export function PublicationForm(props: {
  initialDate?: string;
  initialUrl?: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (date: string, url: string) => void;
}) {
  // Uncontrolled: what the supervisor typed before the page finished loading (hydration) is kept,
  // where a controlled input would be reset to its initial state.
  const date = useRef<HTMLInputElement>(null);
  const url = useRef<HTMLInputElement>(null);
  return (
    // Stacked, not side by side: the panel is narrow and the address is long.
    <div className="space-y-2">
      <label className="block text-sm">
        <span className="block text-slate-700">发布日期</span>
        <input ref={date} type="date" defaultValue={props.initialDate ?? ""} className="mt-1 rounded border border-slate-300 px-2 py-1" />
      </label>
      <label className="block text-sm">
        <span className="block text-slate-700">发布网址</span>
        <input
          ref={url}
          type="url"
          defaultValue={props.initialUrl ?? ""}
          placeholder="https://"
          className="mt-1 w-full min-w-0 rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <button
        type="button"
        disabled={props.pending}
        onClick={() => props.onSubmit(date.current?.value ?? "", url.current?.value ?? "")}
        className="rounded bg-sky-700 px-4 py-2 text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {props.submitLabel}
      </button>
    </div>
  );
}
