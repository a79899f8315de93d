import Link from "next/link";
import type { DashboardRow } from "@/lib/server/dashboard-service";
import { RemindButton } from "./remind-button";
import { StatusBadge } from "./status-badge";

const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

function when(iso: string | null): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
}

/** Every unit under the supervisor, its report's state and the time left to 31 January. */
export function DashboardTable({ rows, query, year }: { rows: DashboardRow[]; query: string; year: number }) {
  if (rows.length === 0) return <p className="mt-4 text-slate-600">没有符合条件的单位。</p>;
  return (
    <table className="mt-4 w-full border-collapse bg-white text-left text-sm" aria-label="单位列表">
      <thead>
        <tr className="whitespace-nowrap border-b border-slate-300 bg-slate-100">
          <th className="px-3 py-2">单位</th>
          <th className="px-3 py-2">类型</th>
          <th className="px-3 py-2">状态</th>
          <th className="px-3 py-2 text-right">错误</th>
          <th className="px-3 py-2 text-right">待说明提醒</th>
          <th className="px-3 py-2">最后修改</th>
          <th className="px-3 py-2">
            截止
            <span className="block text-xs font-normal text-slate-600">次年1月31日</span>
          </th>
          <th className="px-3 py-2">催报</th>
          <th className="px-3 py-2">操作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.organizationId} className="border-b border-slate-200" data-testid={`unit-${r.organizationId}`}>
            <th scope="row" className="min-w-[8rem] px-3 py-2 font-normal">
              {r.organizationName}
            </th>
            <td className="px-3 py-2 text-slate-600">{r.kindLabel}</td>
            <td className="px-3 py-2" data-testid="status">
              <StatusBadge status={r.status} />
            </td>
            <td className={`px-3 py-2 text-right ${r.errorCount ? "font-semibold text-red-700" : ""}`}>{r.errorCount ?? "—"}</td>
            <td className="px-3 py-2 text-right">{r.warningCount ?? "—"}</td>
            <td className="px-3 py-2 text-slate-600">{when(r.updatedAt)}</td>
            <td className={`whitespace-nowrap px-3 py-2 ${r.overdue ? "font-semibold text-red-700" : ""}`} data-testid="deadline">
              {r.deadlineText}
            </td>
            <td className="whitespace-nowrap px-3 py-2" data-testid="reminded">
              {r.remindedAt ? <span className="mr-2 whitespace-nowrap text-slate-700">已催报 {day(r.remindedAt)}</span> : null}
              {r.remindable ? <RemindButton year={year} target={r.organizationId} label={r.remindedAt ? "再次催报" : "催报"} srLabel={r.organizationName} quiet /> : null}
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {r.reportId ? (
                <Link href={`/review/${r.reportId}?${query}`} className="text-red-800 underline">
                  {r.status === "submitted" ? "审核" : "查看"}
                  <span className="sr-only">{r.organizationName}</span>
                </Link>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
