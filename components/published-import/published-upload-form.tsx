"use client";
/**
 * 导入已发布的报告: the unit's report as it was published — a PDF, Word .docx,
 * a saved web page or the text copied from the portal — is read and opened
 * beside the template's grid for checking before it is saved.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ChineseFilePicker } from "../chinese-file-picker";

export function PublishedUploadForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");

  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setMessage("");
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    const text = String(form.get("text") ?? "");
    if (!(file instanceof File && file.size > 0) && !text.trim()) {
      setMessage("请先选择文件，或粘贴报告的文字。");
      return;
    }
    setPending(true);
    try {
      const res = await fetch("/api/imports", { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { ok?: boolean; id?: string; message?: string } | null;
      if (body?.ok && body.id) {
        router.push(`/reports/imports/${body.id}`);
        return;
      }
      setMessage(body?.message ?? "读取失败，请稍后重试。");
    } catch {
      setMessage("无法连接服务器，请检查网络后重试。");
    }
    setPending(false);
  };

  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded border border-slate-300 bg-white p-4" aria-labelledby="published-import-heading">
      <h2 id="published-import-heading" className="text-lg font-bold">
        导入已发布的报告
      </h2>
      <p id="published-import-hint" className="text-sm text-slate-700">
        本单位往年的年报只有 PDF、Word 或网页？选择文件（.pdf、.docx、.html、.txt），或把门户网站上的报告全文复制粘贴到下面。读取后先对照原文核对，再保存为该年度的报告（已发布）。
      </p>
      <div className="flex flex-wrap items-end gap-4">
        <ChineseFilePicker
          label="报告文件（PDF、Word、网页或文本）"
          accept=".pdf,.docx,.html,.htm,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
          describedBy="published-import-hint"
          testId="published-file-name"
        />
      </div>
      <label className="block text-sm">
        <span className="block font-semibold">或粘贴报告全文</span>
        <textarea name="text" rows={3} className="mt-1 w-full rounded border border-slate-400 p-2" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:bg-slate-400">
        {pending ? "正在读取…" : "读取"}
      </button>
      <div role="alert" className="text-sm font-medium text-red-800">
        {message}
      </div>
    </form>
  );
}
