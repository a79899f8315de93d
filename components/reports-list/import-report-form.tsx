"use client";
import { useActionState } from "react";
import { importReportAction, type ImportReportState } from "@/app/reports/actions";
import { RefusalMessage } from "./refusal-message";

/** 导入 JSON 报告: a REPORT-JSON file (exported by 年报通 or written by the CLI) becomes this unit's report of its year. */
export function ImportReportForm() {
  const [state, action, pending] = useActionState<ImportReportState, FormData>(importReportAction, { message: "" });
  return (
    <form action={action} className="space-y-3 rounded border border-slate-300 bg-white p-4" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" className="text-lg font-bold">
        导入 JSON 报告
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="import-file" className="block text-sm font-semibold">
            报告文件（.json）
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".json,application/json"
            required
            aria-describedby="import-hint"
            className="mt-1 block text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-slate-50 file:px-3 file:py-1.5"
          />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:bg-slate-400">
          {pending ? "正在导入…" : "导入"}
        </button>
      </div>
      <p id="import-hint" className="text-sm text-slate-700">
        导入“下载 JSON”得到的文件，新建该年度的本单位报告；机关名称按本单位填写，其余数字和文字照文件导入。
      </p>
      <RefusalMessage state={state} />
    </form>
  );
}
