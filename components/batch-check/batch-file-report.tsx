"use client";
/**
 * One file of a 批量体检, read-only in the template's grid: the checker's
 * findings at their cells (原报告就是这样填的) and, apart, the reader's notes
 * (读取时没有读准), so a supervisor never blames a unit for a misreading.
 */
import { useCallback, useMemo, useState } from "react";
import { FindingsPanel } from "@/components/findings";
import { ImportNotesList } from "@/components/published-import/import-notes-list";
import { ReportTableGrid, type FocusRequest } from "@/components/report-grid";
import { check } from "@/lib/check";
import type { ImportNote } from "@/lib/import/notes";
import { cellKey } from "@/lib/report/cells";
import { fillDerived } from "@/lib/report/fill-derived";
import type { Finding, Report } from "@/lib/report/types";
import { getTemplate, type CellRef } from "@/lib/template";

function refOf(f: Finding): CellRef | undefined {
  if (!f.table || f.row === undefined || f.column === undefined) return undefined;
  if (f.table === "proactive") return { table: "proactive", row: f.row, column: String(f.column) };
  return { table: f.table, row: f.row, column: Number(f.column) };
}

export function BatchFileReport({ report: raw, notes }: { report: Report; notes: ImportNote[] }) {
  const report = useMemo(() => fillDerived(raw), [raw]);
  const template = getTemplate(report.format);
  const findings = useMemo(() => check(report), [report]);
  const [focus, setFocus] = useState<FocusRequest | undefined>();
  const jump = useCallback((ref: CellRef | undefined) => {
    if (ref) setFocus((r) => ({ ref, nonce: (r?.nonce ?? 0) + 1 }));
  }, []);
  const noted = notes.filter((n) => n.cell).map((n) => cellKey(n.cell!));
  const style = noted.length
    ? `${noted.map((k) => `[data-import-grid] td:has(> input[data-cell="${k.replace(/["\\]/g, "\\$&")}"])`).join(",\n")} { box-shadow: inset 0 0 0 3px #7c3aed; background: #f5f3ff; }`
    : "";
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,8fr)_minmax(0,4fr)]">
      {style && <style>{style}</style>}
      <div className="space-y-6">
        {template.sections
          .filter((s) => s.table)
          .map((s) => (
            <section key={s.number} aria-labelledby={`batch-sec-${s.number}`} className="space-y-2">
              <h2 id={`batch-sec-${s.number}`} className="text-lg font-bold">
                {s.number}、{s.heading}
              </h2>
              <div data-import-grid className="overflow-x-auto">
                <ReportTableGrid
                  template={template}
                  table={s.table!}
                  report={report}
                  findings={findings}
                  onCellsChange={() => undefined}
                  readOnly
                  focusRequest={focus?.ref.table === s.table ? focus : undefined}
                />
              </div>
            </section>
          ))}
      </div>
      <div className="space-y-4 xl:sticky xl:top-4 xl:self-start">
        <FindingsPanel
          findings={findings}
          acknowledgements={{}}
          onAcknowledge={() => undefined}
          onJump={(f) => jump(refOf(f))}
          template={template}
          readOnly
          title="检查结果（原报告就是这样填的）"
        />
        <ImportNotesList notes={notes} template={template} onJump={(n) => jump(n.cell)} />
      </div>
    </div>
  );
}
