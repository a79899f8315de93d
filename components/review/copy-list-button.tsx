"use client";
/** 复制名单: the list as tab-separated lines, which paste into Excel, WPS or a 通知 as a table. */
import { useState } from "react";

export function CopyListButton({ text, label = "复制名单" }: { text: string; label?: string }) {
  const [done, setDone] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone("已复制，可粘贴到 Excel、WPS 或通知中。");
    } catch {
      setDone("浏览器不允许复制，请选中表格后按 Ctrl+C。");
    }
  };
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button type="button" onClick={copy} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
        {label}
      </button>
      {done ? <span role="status" className="text-sm text-slate-700">{done}</span> : null}
    </span>
  );
}
