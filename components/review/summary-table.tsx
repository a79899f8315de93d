import type { SummaryTable } from "@/lib/report/summary";

const num = (v: number | null) => (v === null ? "" : String(v));

/** One table of the summary: each cell's words, the total, and each unit's figure beside it. */
export function SummaryTableView({ table, units }: { table: SummaryTable; units: string[] }) {
  return (
    <section aria-labelledby={`summary-${table.table}`} className="mt-6 break-inside-avoid-page">
      <h2 id={`summary-${table.table}`} className="text-lg font-bold">
        {table.title}
      </h2>
      <div className="mt-2 max-w-full overflow-x-auto rounded border border-slate-300 print:overflow-visible">
        <table className="w-full border-collapse bg-white text-sm tabular-nums" data-testid={`summary-${table.table}`}>
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className="sticky left-0 z-10 min-w-[16rem] border-b border-r border-slate-300 bg-slate-100 px-2 py-1 text-left">
                项目
              </th>
              <th scope="col" className="whitespace-nowrap border-b border-r border-slate-300 px-2 py-1 text-right">
                合计
              </th>
              {units.map((u) => (
                <th key={u} scope="col" className="min-w-[6rem] border-b border-slate-300 px-2 py-1 text-right font-medium">
                  {u}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.lines.map((l) => (
              <tr key={l.name} className={`border-b border-slate-200 ${l.derived ? "bg-slate-50 text-slate-700" : ""}`}>
                <th scope="row" className={`sticky left-0 border-r border-slate-300 px-2 py-1 text-left font-normal ${l.derived ? "bg-slate-50" : "bg-white"}`}>
                  {l.name}
                </th>
                <td className="border-r border-slate-300 px-2 py-1 text-right font-semibold">{num(l.total)}</td>
                {l.values.map((v, i) => (
                  <td key={i} className="px-2 py-1 text-right">
                    {num(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
