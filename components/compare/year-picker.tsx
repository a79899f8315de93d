import Link from "next/link";
import type { YearOption } from "@/lib/server/compare-service";

/** The unit's other years to compare the opened report with; the one shown is marked. */
export function YearPicker({ reportId, year, years, shown }: { reportId: string; year: number; years: YearOption[]; shown?: string }) {
  const others = years.filter((y) => y.id !== reportId);
  if (others.length === 0) return null;
  return (
    <nav aria-label="对比年度" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{year}年报告与：</span>
      {others.map((y) => (
        <Link
          key={y.id}
          href={`/reports/${reportId}/compare?with=${y.year}`}
          aria-current={y.id === shown ? "page" : undefined}
          className={`rounded border px-2 py-0.5 ${y.id === shown ? "border-red-800 bg-red-800 font-semibold text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"}`}
        >
          {y.year}年
        </Link>
      ))}
    </nav>
  );
}
