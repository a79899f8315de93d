"use client";
/**
 * 批量体检: upload many published reports (or .zip files of them), watch each
 * file being read, then one table of results — sortable, filterable by 有错误 —
 * with a unit picker for 未匹配 rows, "保存为该单位 N 年报告（已发布）" and the .xlsx.
 * The page polls the server; the reading itself runs in the batch worker.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveBatchFileAction, setBatchUnitAction } from "@/app/review/batch/actions";
import type { BatchRow, BatchView } from "@/lib/server/batch-service";
import { UnitPicker } from "./unit-picker";

type SortKey = "position" | "fileName" | "unitName" | "year" | "format" | "errorCount" | "warningCount" | "noteCount";

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: "fileName", label: "文件" },
  { key: "unitName", label: "单位" },
  { key: "year", label: "年度" },
  { key: "format", label: "格式" },
  { key: "errorCount", label: "错误" },
  { key: "warningCount", label: "提醒" },
  { key: "noteCount", label: "读取说明" },
];

const STATUS_WORDS: Record<string, string> = { queued: "等待读取", reading: "正在读取", done: "已读取", refused: "无法读取" };
const KIND_WORDS: Record<string, string> = { pdf: "PDF", docx: "Word", html: "网页", text: "文本" };
const POLL_MS = 1000;

function compare(a: BatchRow, b: BatchRow, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (x === y) return a.position - b.position;
  if (x === null || x === undefined) return 1;
  if (y === null || y === undefined) return -1;
  return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh-CN");
}

export function BatchCheck({ initial, maxFiles, maxMegabytes }: { initial: BatchView | null; maxFiles: number; maxMegabytes: number }) {
  const [batch, setBatch] = useState<BatchView | null>(initial);
  const [message, setMessage] = useState("");
  const [uploading, setUploading] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "position", dir: 1 });
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [rowMessage, setRowMessage] = useState<Record<string, string>>({});
  const [busyRow, setBusyRow] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const res = await fetch("/api/batches/current", { cache: "no-store" });
    if (!res.ok) return;
    const body = (await res.json()) as { batch: BatchView | null };
    setBatch(body.batch);
  }, []);

  const running = batch !== null && !batch.finished;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(t);
  }, [running, refresh]);

  const onUpload = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setMessage("");
    const form = new FormData(e.currentTarget);
    const files = form.getAll("files").filter((f) => f instanceof File && f.size > 0);
    if (files.length === 0) {
      setMessage("请先选择要体检的文件。");
      return;
    }
    setUploading(true);
    try {
      const res = await fetch("/api/batches", { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { ok?: boolean; message?: string } | null;
      if (body?.ok) {
        if (fileInput.current) fileInput.current.value = "";
        await refresh();
      } else setMessage(body?.message ?? "上传失败，请稍后重试。");
    } catch {
      setMessage("无法连接服务器，请检查网络后重试。");
    }
    setUploading(false);
  };

  const rows = useMemo(() => {
    const all = batch?.rows ?? [];
    const shown = onlyErrors ? all.filter((r) => r.status === "done" && r.errorCount > 0) : all;
    return [...shown].sort((a, b) => sort.dir * compare(a, b, sort.key));
  }, [batch, onlyErrors, sort]);

  const done = batch ? batch.rows.filter((r) => r.status === "done" || r.status === "refused").length : 0;

  const rowAction = async (id: string, run: () => Promise<{ ok: boolean; message?: string }>) => {
    setBusyRow(id);
    const r = await run();
    setRowMessage((m) => ({ ...m, [id]: r.ok ? "" : (r.message ?? "操作失败") }));
    await refresh();
    setBusyRow(null);
  };

  return (
    <div className="space-y-6">
      <form onSubmit={onUpload} className="space-y-3 rounded border border-slate-300 bg-white p-4" aria-labelledby="batch-upload-heading">
        <h2 id="batch-upload-heading" className="text-lg font-bold">
          上传所辖单位已发布的年报
        </h2>
        <p id="batch-upload-hint" className="text-sm text-slate-700">
          可一次选择多个文件（PDF、Word .docx、网页、文本），也可上传它们的 .zip 压缩包；一次最多 {maxFiles} 份、合计 {maxMegabytes} MB。
          文件在后台逐份读取，不影响其他人使用；读完后按机关名称对应到所辖单位。
        </p>
        <label className="block text-sm">
          <span className="block font-semibold">选择文件</span>
          <input
            ref={fileInput}
            name="files"
            type="file"
            multiple
            accept=".pdf,.docx,.html,.htm,.txt,.zip"
            aria-describedby="batch-upload-hint"
            className="mt-1 block text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-slate-50 file:px-3 file:py-1.5"
          />
        </label>
        <button type="submit" disabled={uploading || running} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:bg-slate-400">
          {uploading ? "正在上传…" : running ? "正在读取上一批…" : "开始体检"}
        </button>
        <div role="alert" className="text-sm font-medium text-red-800">
          {message}
        </div>
      </form>

      {batch && (
        <section aria-labelledby="batch-result-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="batch-result-heading" className="text-lg font-bold">
              体检结果
            </h2>
            <p role="status" className="text-sm text-slate-800" data-testid="batch-progress">
              {batch.finished ? `全部读完：共 ${batch.rows.length} 份` : `正在读取：已读 ${done} / ${batch.rows.length} 份`}
            </p>
            <div className="flex items-center gap-4">
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} className="h-4 w-4" />
                只看有错误的
              </label>
              {batch.finished && (
                <a href={`/review/batch/${batch.id}/xlsx`} className="rounded border border-slate-500 px-3 py-1.5 text-sm hover:bg-slate-100" download>
                  下载 .xlsx
                </a>
              )}
            </div>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1.5 [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1.5">
              <caption className="sr-only">批量体检结果，点列名排序</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
                      <button
                        type="button"
                        className="font-semibold hover:underline"
                        onClick={() => setSort((s) => ({ key: c.key, dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1 }))}
                      >
                        {c.label}
                        {sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
                      </button>
                    </th>
                  ))}
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-file={r.fileName} data-status={r.status}>
                    <td className="max-w-[18rem] break-all">
                      {r.fileName}
                      {(r.status === "queued" || r.status === "reading") && (
                        <progress
                          className="mt-1 block h-2 w-full"
                          aria-label={`${r.fileName}：${STATUS_WORDS[r.status]}`}
                          max={100}
                          value={r.status === "queued" ? 0 : undefined}
                        />
                      )}
                      {r.status === "refused" && <span className="mt-1 block text-red-800">无法读取：{r.message}</span>}
                    </td>
                    <td>
                      {r.status !== "done" ? (
                        "—"
                      ) : r.savedReportId || r.unitId ? (
                        <span>
                          {r.unitName}
                          {!r.savedReportId && (
                            <button
                              type="button"
                              className="ml-2 text-xs text-sky-800 underline"
                              onClick={() => void rowAction(r.id, () => setBatchUnitAction(r.id, ""))}
                            >
                              改选
                            </button>
                          )}
                        </span>
                      ) : (
                        <UnitPicker
                          organName={r.organName ?? ""}
                          disabled={busyRow === r.id}
                          onPick={(unitId) => void rowAction(r.id, () => setBatchUnitAction(r.id, unitId))}
                        />
                      )}
                    </td>
                    <td>{r.year ?? "—"}</td>
                    <td>{r.format ? `${r.format}年格式${r.sourceKind ? `（${KIND_WORDS[r.sourceKind] ?? r.sourceKind}）` : ""}` : STATUS_WORDS[r.status]}</td>
                    <td className={r.errorCount ? "font-semibold text-red-800" : ""}>{r.status === "done" ? r.errorCount : "—"}</td>
                    <td>{r.status === "done" ? r.warningCount : "—"}</td>
                    <td>{r.status === "done" ? r.noteCount : "—"}</td>
                    <td className="space-y-1">
                      {r.status === "done" && (
                        <a className="block text-sky-800 underline" href={`/review/batch/files/${r.id}`}>
                          查看<span className="sr-only">：{r.fileName}</span>
                        </a>
                      )}
                      {r.savedReportId ? (
                        <a className="block text-emerald-800 underline" href={`/review/${r.savedReportId}`}>
                          已保存为报告
                        </a>
                      ) : r.existingReportId ? (
                        <span className="block text-slate-700">该单位已有 {r.year} 年报告</span>
                      ) : (
                        r.status === "done" &&
                        r.unitId && (
                          <button
                            type="button"
                            disabled={busyRow === r.id}
                            className="block rounded border border-red-800 px-2 py-0.5 text-left text-xs text-red-900 hover:bg-red-50"
                            onClick={() => void rowAction(r.id, () => saveBatchFileAction(r.id))}
                          >
                            保存为该单位 {r.year} 年报告（已发布）<span className="sr-only">：{r.fileName}</span>
                          </button>
                        )
                      )}
                      {rowMessage[r.id] && (
                        <span role="alert" className="block text-xs text-red-800">
                          {rowMessage[r.id]}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
