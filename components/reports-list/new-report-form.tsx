"use client";
import { useActionState, useState } from "react";
import { createReportAction, type NewReportState } from "@/app/reports/actions";
import { formatForYear, getTemplate } from "@/lib/template";
import { RefusalMessage } from "./refusal-message";

/** 新建年度报告: the year picks the format (formatForYear); last year's report can be the starting point. */
export function NewReportForm(props: { defaultYear: number; maxYear: number; yearsWithReports: number[] }) {
  const [state, action, pending] = useActionState<NewReportState, FormData>(createReportAction, { message: "" });
  const [year, setYear] = useState(String(props.defaultYear));
  const y = Number(year);
  const format = Number.isInteger(y) ? formatForYear(y) : undefined;
  const hasPrevious = props.yearsWithReports.includes(y - 1);
  const exists = props.yearsWithReports.includes(y);

  return (
    <form action={action} className="space-y-3 rounded border border-slate-300 bg-white p-4" aria-labelledby="new-report-heading">
      <h2 id="new-report-heading" className="text-lg font-bold">
        新建年度报告
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="new-year" className="block text-sm font-semibold">
            报告年度
          </label>
          <input
            id="new-year"
            name="year"
            type="number"
            min={2019}
            max={props.maxYear}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            aria-describedby="new-year-format"
            className="mt-1 w-28 rounded border border-slate-400 px-2 py-1.5"
          />
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="fromPrevious" disabled={!hasPrevious} defaultChecked={false} className="h-4 w-4" />
          <span className={hasPrevious ? "" : "text-slate-600"}>
            以上年报告为基础{hasPrevious ? `（复制 ${y - 1} 年的文字，带入结转数）` : `（本单位没有 ${Number.isInteger(y) ? y - 1 : ""} 年度报告）`}
          </span>
        </label>
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:bg-slate-400">
          {pending ? "正在创建…" : "新建"}
        </button>
      </div>
      <p id="new-year-format" className="text-sm text-slate-700">
        {format
          ? `${y} 年度报告使用 ${format}年格式（${getTemplate(format).notice}）。`
          : "2019 年以前没有国家统一格式，请填写 2019 年或以后的年度。"}
        {exists && "本单位该年度的报告已存在。"}
      </p>
      <RefusalMessage state={state} />
    </form>
  );
}
