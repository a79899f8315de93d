"use client";
/** 发布日期 and 发布网址: recording the publication (标记已发布) or correcting it (更正发布信息). */
import { useState } from "react";

export function PublicationForm(props: {
  initialDate?: string;
  initialUrl?: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (date: string, url: string) => void;
}) {
  const [date, setDate] = useState(props.initialDate ?? "");
  const [url, setUrl] = useState(props.initialUrl ?? "");
  return (
    // Stacked, not side by side: the panel is narrow and the address is long.
    <div className="space-y-2">
      <label className="block text-sm">
        <span className="block text-slate-700">发布日期</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} className="mt-1 rounded border border-slate-300 px-2 py-1" />
      </label>
      <label className="block text-sm">
        <span className="block text-slate-700">发布网址</span>
        <input
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://"
          className="mt-1 w-full min-w-0 rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <button
        type="button"
        disabled={props.pending}
        onClick={() => props.onSubmit(date, url)}
        className="rounded bg-sky-700 px-4 py-2 text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {props.submitLabel}
      </button>
    </div>
  );
}
