import Link from "next/link";
import type { AreaLine } from "@/lib/server/dashboard-service";
import { STATUS_LABELS } from "@/lib/workflow/statuses";

const COLUMNS = ["submitted", "returned", "draft", "approved", "published"] as const;

/**
 * 各辖区提交情况: per unit directly under the supervisor's (with everything below it) how many
 * units there are, where their reports stand and how many have not handed in — which links to
 * exactly those units. `link(area, status)` gives the list's address for a line.
 */
export function AreaTable({ lines, whole, link, current }: { lines: AreaLine[]; whole: AreaLine; link: (areaId: string, status?: string) => string; current: string }) {
  // Without a sub-area (a county whose units are all directly under it) the status chips say it all.
  if (!lines.some((l) => l.areaId)) return null;
  const row = (l: AreaLine, total = false) => (
    <tr key={l.areaId ?? l.name} className={`border-b border-slate-200 ${total ? "bg-slate-50 font-semibold" : ""} ${l.areaId && l.areaId === current ? "bg-amber-50" : ""}`} data-testid={total ? "area-total" : `area-${l.areaId ?? "direct"}`}>
      <th scope="row" className="px-3 py-1.5 text-left font-normal">
        {l.areaId ? (
          <Link href={link(l.areaId)} className="text-red-800 underline" aria-current={l.areaId === current ? "true" : undefined}>
            {l.name}
          </Link>
        ) : (
          l.name
        )}
      </th>
      <td className="px-3 py-1.5 text-right">{l.units}</td>
      {COLUMNS.map((s) => (
        <td key={s} className="px-3 py-1.5 text-right">
          {l.counts[s]}
        </td>
      ))}
      <td className="px-3 py-1.5 text-right">{l.counts.none}</td>
      <td className={`px-3 py-1.5 text-right ${l.notIn ? "font-semibold text-red-700" : ""}`} data-testid="not-in">
        {l.areaId && l.notIn ? (
          <Link href={link(l.areaId, "notin")} className="underline">
            {l.notIn}
            <span className="sr-only">个{l.name}单位未提交，查看名单</span>
          </Link>
        ) : (
          l.notIn
        )}
      </td>
    </tr>
  );
  return (
    <section className="mt-6" aria-labelledby="areas-heading">
      <h2 id="areas-heading" className="text-lg font-bold">
        各辖区提交情况
      </h2>
      <p className="mt-1 text-sm text-slate-600">每个辖区含其下全部单位；点辖区名称只看该辖区，点“未提交”的数字看哪些单位还没有提交。</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="whitespace-nowrap border-b border-slate-300 bg-slate-100">
              <th className="px-3 py-1.5 text-left">辖区</th>
              <th className="px-3 py-1.5 text-right">单位数</th>
              {COLUMNS.map((s) => (
                <th key={s} className="px-3 py-1.5 text-right">
                  {STATUS_LABELS[s]}
                </th>
              ))}
              <th className="px-3 py-1.5 text-right">未创建</th>
              <th className="px-3 py-1.5 text-right">未提交</th>
            </tr>
          </thead>
          <tbody>{lines.map((l) => row(l))}</tbody>
          <tfoot>{row(whole, true)}</tfoot>
        </table>
      </div>
    </section>
  );
}
