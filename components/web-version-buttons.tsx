"use client";
/**
 * "下载网页版" and "复制网页版": the report as clean HTML for the portal's
 * 政府信息公开年报 column. The download is a page of its own with a print
 * stylesheet; the copy puts the same content on the clipboard as HTML (the
 * portal's editor keeps headings, paragraphs and the merged table cells) and as
 * plain text, ready to paste.
 */
import { useState } from "react";
import type { Report } from "@/lib/report/types";
import { renderHtmlFragment, renderPlainText } from "@/lib/web";

const BUTTON =
  "inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-4 py-2 text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700";

export function WebVersionButtons({ reportId, report }: { reportId: string; report: Report }) {
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      const html = renderHtmlFragment(report);
      const text = renderPlainText(report);
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      setMessage("已复制网页版，可粘贴到网站编辑器中（标题、段落和表格的合并单元格会保留）。");
    } catch {
      setMessage("浏览器不允许写入剪贴板。请改用“下载网页版”，用浏览器打开后全选复制。");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <a href={`/reports/${encodeURIComponent(reportId)}/html`} download className={BUTTON}>
        下载网页版
        <span className="text-sm text-slate-500">（.html，可打印）</span>
      </a>
      <button type="button" onClick={copy} className={BUTTON}>
        复制网页版
        <span className="text-sm text-slate-500">（粘贴到网站编辑器）</span>
      </button>
      <p role="status" className="max-w-xs text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
