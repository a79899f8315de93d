"use client";
import { useActionState, useState } from "react";
import { importReportAction, type ImportReportState } from "@/app/reports/actions";
import { IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "@/lib/request-limits";
import { ChineseFilePicker } from "../chinese-file-picker";
import { RefusalMessage } from "./refusal-message";

/** 导入 JSON 报告: a REPORT-JSON file (exported by 年报通 or written by the CLI) becomes this unit's report of its year. */
export function ImportReportForm() {
  const [state, action, pending] = useActionState<ImportReportState, FormData>(importReportAction, { message: "" });
  const [tooLarge, setTooLarge] = useState(false);
  // A file over the limit is refused here, before it is sent: the server would refuse it anyway, and one
  // past the server-action body limit would be answered by Next.js itself, in English.
  const refuseLarge = (e: React.FormEvent<HTMLFormElement>) => {
    const file = new FormData(e.currentTarget).get("file");
    const large = file instanceof File && file.size > MAX_IMPORT_BYTES;
    setTooLarge(large);
    if (large) e.preventDefault();
  };
  return (
    <form action={action} onSubmit={refuseLarge} className="space-y-3 rounded border border-slate-300 bg-white p-4" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" className="text-lg font-bold">
        导入 JSON 报告
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <ChineseFilePicker
          id="import-file"
          label="报告文件（.json）"
          accept=".json,application/json"
          describedBy="import-hint"
          testId="import-file-name"
          onPick={() => setTooLarge(false)}
        />
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:bg-slate-400">
          {pending ? "正在导入…" : "导入"}
        </button>
      </div>
      <p id="import-hint" className="text-sm text-slate-700">
        导入“下载 JSON”得到的文件，新建该年度的本单位报告；机关名称按本单位填写，其余数字和文字照文件导入。
      </p>
      <RefusalMessage state={tooLarge ? { message: IMPORT_TOO_LARGE_MESSAGE } : state} />
    </form>
  );
}
