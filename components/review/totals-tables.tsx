"use client";
import { ReportTableGrid } from "@/components/report-grid";
import type { Report } from "@/lib/report/types";
import { getTemplate } from "@/lib/template";

const noChange = () => undefined;

/** Tables 三 and 四 of the district, summed over approved and published reports, read-only like the printed tables. */
export function TotalsTables({ report }: { report: Report }) {
  const template = getTemplate(report.format);
  return (
    <div className="space-y-6">
      {(["requests", "appeals"] as const).map((table) => (
        <ReportTableGrid key={table} template={template} table={table} report={report} findings={[]} onCellsChange={noChange} readOnly />
      ))}
    </div>
  );
}
