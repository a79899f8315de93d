import { OPEN_WARNINGS } from "@/lib/report/field-labels";
import Link from "next/link";
import type { ReportSummary } from "@/lib/server/report-service";
import { isEditable, statusLabel } from "@/lib/workflow/statuses";

const dateTime = (d: Date) =>
  d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

/** The unit's reports by year: status and the counts of errors and open warnings stored with the last save. */
export function ReportsTable({ reports, showUnit }: { reports: ReportSummary[]; showUnit: boolean }) {
  if (reports.length === 0) return <p className="text-slate-700">还没有年度报告。请在上方选择年度新建。</p>;
  // 对比上年 where the unit has the year before in this list.
  const years = new Set(reports.map((r) => `${r.organizationId}/${r.year}`));
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="sr-only">本单位年度报告</caption>
      <thead>
        <tr className="border-b-2 border-slate-400 text-left">
          <th scope="col" className="px-3 py-2">年度</th>
          {showUnit && <th scope="col" className="px-3 py-2">单位</th>}
          <th scope="col" className="px-3 py-2">格式</th>
          <th scope="col" className="px-3 py-2">状态</th>
          <th scope="col" className="px-3 py-2 text-right">错误</th>
          <th scope="col" className="px-3 py-2 text-right">{OPEN_WARNINGS}</th>
          <th scope="col" className="px-3 py-2">最后保存</th>
          <th scope="col" className="px-3 py-2"><span className="sr-only">操作</span></th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} className="border-b border-slate-200" data-year={r.year}>
            <th scope="row" className="px-3 py-2 text-left font-semibold">{r.year} 年度</th>
            {showUnit && <td className="px-3 py-2">{r.organizationName}</td>}
            <td className="px-3 py-2">{r.format}年格式</td>
            <td className="px-3 py-2" data-testid="status">
              {statusLabel(r.status)}
              {r.returnReason ? <p data-testid="return-reason" className="mt-0.5 max-w-xs text-xs text-amber-900">退回原因：{r.returnReason}</p> : null}
            </td>
            <td className={`px-3 py-2 text-right tabular-nums ${r.errorCount ? "font-semibold text-red-800" : ""}`}>{r.errorCount}</td>
            <td className={`px-3 py-2 text-right tabular-nums ${r.warningCount ? "font-semibold text-amber-900" : ""}`}>{r.warningCount}</td>
            <td className="px-3 py-2 tabular-nums">{dateTime(r.updatedAt)}</td>
            <td className="px-3 py-2">
              <Link href={`/reports/${r.id}`} className="text-red-800 underline hover:text-red-950">
                {isEditable(r.status) ? "继续填写" : "查看"}
                <span className="sr-only">{r.year} 年度报告</span>
              </Link>
              {years.has(`${r.organizationId}/${r.year - 1}`) && (
                <Link href={`/reports/${r.id}/compare`} className="ml-3 text-sky-800 underline hover:text-sky-950">
                  对比上年
                  <span className="sr-only">（{r.year} 年与 {r.year - 1} 年）</span>
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
