"use client";
/**
 * One page for an imported published report: the source beside the template's
 * grid filled with what was read. The reader's notes (读取时没有读准) are listed
 * apart from the checker's findings (原报告就是这样填的) and both jump to their
 * cell; cells the reader was unsure of or could not find are framed in violet.
 * The clerk corrects cells and texts here, then saves it as the year's report.
 */
import { useActionState, useCallback, useMemo, useState } from "react";
import { saveImportAction, type SaveImportState } from "@/app/reports/imports/[id]/actions";
import { FindingsPanel } from "@/components/findings";
import { ReportTableGrid, type CellChange, type FocusRequest } from "@/components/report-grid";
import { OverviewStep, SectionTextStep } from "@/components/wizard/text-steps";
import { fieldId, TextAreaField } from "@/components/wizard/text-area-field";
import { useLiveFindings } from "@/components/wizard/use-live-findings";
import type { ImportNote } from "@/lib/import/notes";
import { cellKey, setCell } from "@/lib/report/cells";
import { fillDerived } from "@/lib/report/fill-derived";
import type { Finding, Report } from "@/lib/report/types";
import { getTemplate, type CellRef } from "@/lib/template";
import { ImportNotesList, noteTarget } from "./import-notes-list";
import { SourcePanel } from "./source-panel";

export interface ImportReviewProps {
  importId: string;
  fileName: string;
  sourceKind: string;
  sourceText: string;
  report: Report;
  notes: ImportNote[];
  unitName: string;
  existingId?: string;
  previous?: Report;
}

function refOf(f: Finding): CellRef | undefined {
  if (!f.table || f.row === undefined || f.column === undefined) return undefined;
  if (f.table === "proactive") return { table: "proactive", row: f.row, column: String(f.column) };
  return { table: f.table, row: f.row, column: Number(f.column) };
}

/** Focus a text field (or the first field of a part) by its report path. */
function focusField(path: string) {
  const id = fieldId(path);
  const el = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${id}-"]:is(textarea, input, select)`);
  if (el) {
    el.scrollIntoView({ block: "center" });
    el.focus();
  }
}

export function ImportReview(props: ImportReviewProps) {
  const template = getTemplate(props.report.format);
  const [report, setReport] = useState(props.report);
  const { findings, onTableChange, onOtherChange } = useLiveFindings(props.report, props.previous);
  const [focus, setFocus] = useState<FocusRequest | undefined>();
  const [state, action, pending] = useActionState<SaveImportState, FormData>(saveImportAction, { message: "" });
  const organDiffers = report.organ.name.trim() !== props.unitName;

  const update = useCallback(
    (next: Report, table: boolean) => {
      setReport(next);
      if (table) onTableChange(next);
      else onOtherChange(next);
    },
    [onTableChange, onOtherChange],
  );

  const onCellsChange = useCallback(
    (changes: CellChange[]) => {
      setReport((prev) => {
        const next: Report = structuredClone(prev);
        for (const c of changes) setCell(next, c.ref, c.value);
        const filled = fillDerived(next);
        onTableChange(filled);
        return filled;
      });
    },
    [onTableChange],
  );

  const jumpTo = useCallback((ref: CellRef) => setFocus((r) => ({ ref, nonce: (r?.nonce ?? 0) + 1 })), []);
  const onJump = useCallback(
    (f: Finding) => {
      const ref = refOf(f);
      if (ref) jumpTo(ref);
      else if (f.field) focusField(f.field);
    },
    [jumpTo],
  );
  const onNoteJump = useCallback(
    (n: ImportNote) => {
      const t = noteTarget(n);
      if (t.cell) jumpTo(t.cell);
      else if (t.field) focusField(t.field);
    },
    [jumpTo],
  );

  // Cells with a reader's note are framed; the note's words are in the list beside the grid.
  const noted = useMemo(() => props.notes.filter((n) => n.cell).map((n) => cellKey(n.cell!)), [props.notes]);
  const noteStyle = useMemo(
    () =>
      noted
        .map((k) => `[data-import-grid] td:has(> input[data-cell="${k.replace(/["\\]/g, "\\$&")}"])`)
        .join(",\n") + (noted.length ? " { box-shadow: inset 0 0 0 3px #7c3aed; background: #f5f3ff; }" : ""),
    [noted],
  );
  const text = report.text;
  const setText = (patch: Partial<Report["text"]>) => update({ ...report, text: { ...report.text, ...patch } }, false);

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      {noted.length > 0 && <style>{noteStyle}</style>}
      <SourcePanel importId={props.importId} fileName={props.fileName} sourceKind={props.sourceKind} sourceText={props.sourceText} />
      <div className="space-y-6">
        <section aria-labelledby="import-basics" className="space-y-3 rounded border border-slate-300 bg-white p-4">
          <h2 id="import-basics" className="text-lg font-bold">
            读取结果
          </h2>
          <div className="flex flex-wrap gap-4">
            <label className="block text-sm">
              <span className="block font-semibold">年度</span>
              <input
                id={fieldId("year")}
                type="number"
                value={report.year}
                min={2019}
                onChange={(e) => {
                  const y = Number(e.target.value);
                  if (Number.isInteger(y) && y > 0) update({ ...report, year: y }, false);
                }}
                className="mt-1 w-28 rounded border border-slate-400 px-2 py-1"
              />
            </label>
            <label className="block min-w-[18rem] flex-1 text-sm">
              <span className="block font-semibold">文件中的机关名称</span>
              <input
                id={fieldId("title")}
                value={report.organ.name}
                onChange={(e) => update({ ...report, organ: { ...report.organ, name: e.target.value } }, false)}
                className="mt-1 w-full rounded border border-slate-400 px-2 py-1"
              />
            </label>
          </div>
          <p className="text-sm text-slate-700">
            格式：{template.notice}（{report.format}年格式）。本单位：{props.unitName}
          </p>
        </section>

        <ImportNotesList notes={props.notes} template={template} onJump={onNoteJump} />
        <FindingsPanel
          findings={findings}
          acknowledgements={{}}
          onAcknowledge={() => undefined}
          onJump={onJump}
          template={template}
          readOnly
          title="检查结果（按原报告检查）"
        />

        <TextAreaField
          id={fieldId("text.preamble")}
          label="开头段落（引言）"
          value={text.preamble}
          onChange={(v) => setText({ preamble: v })}
          onBlur={() => undefined}
          rows={4}
        />
        {template.sections.map((s) => (
          <section key={s.number} aria-labelledby={`import-sec-${s.number}`} className="space-y-3">
            <h2 id={`import-sec-${s.number}`} className="text-lg font-bold">
              {s.number}、{s.heading}
            </h2>
            {s.text === "overview" && (
              <OverviewStep
                report={report}
                parts={template.overviewParts}
                readOnly={false}
                findings={findings}
                onChange={(key, v) => setText({ overview: { ...text.overview, [key]: v } })}
                onBlur={() => undefined}
              />
            )}
            {(s.text === "problems" || s.text === "other") && (
              <SectionTextStep
                section={s}
                value={text[s.text]}
                readOnly={false}
                findings={findings}
                onChange={(v) => setText({ [s.text as "problems" | "other"]: v })}
                onBlur={() => undefined}
              />
            )}
            {s.table && (
              <div data-import-grid className="overflow-x-auto">
                <ReportTableGrid
                  template={template}
                  table={s.table}
                  report={report}
                  findings={findings}
                  onCellsChange={onCellsChange}
                  focusRequest={focus?.ref.table === s.table ? focus : undefined}
                />
              </div>
            )}
          </section>
        ))}

        <form action={action} className="sticky bottom-0 space-y-3 rounded border border-slate-400 bg-white p-4 shadow-lg" aria-labelledby="import-save">
          <h2 id="import-save" className="text-lg font-bold">
            保存为本单位报告
          </h2>
          <input type="hidden" name="importId" value={props.importId} />
          <input type="hidden" name="data" value={JSON.stringify(report)} />
          {organDiffers && (
            <fieldset className="rounded border border-amber-600 bg-amber-50 p-3 text-sm">
              <legend className="px-1 font-semibold">机关名称与本单位不同，请确认</legend>
              <p className="mb-2">
                文件中写的是“{report.organ.name}”，本单位名称是“{props.unitName}”（单位可能改过名、合并过，或写法不同）。
              </p>
              <label className="mr-6 inline-flex items-center gap-2">
                <input type="radio" name="organName" value="unit" required /> 按本单位名称“{props.unitName}”保存
              </label>
              <label className="inline-flex items-center gap-2">
                <input type="radio" name="organName" value="file" /> 保留文件中的名称“{report.organ.name}”
              </label>
            </fieldset>
          )}
          <p className="text-sm text-slate-700">保存后报告的状态为“已发布”，原文件一并保存，可随时下载；下一年度可“以上年报告为基础”新建。</p>
          <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 text-white hover:bg-red-900 disabled:bg-slate-400">
            {pending ? "正在保存…" : `导入为 ${report.year} 年报告`}
          </button>
          {state.message && (
            <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
              <p>{state.message}</p>
              {state.existingId && (
                <p className="mt-1">
                  <a className="text-sky-800 underline" href={`/reports/${state.existingId}`} target="_blank" rel="noreferrer">
                    打开本单位已有的报告，与这份文件对照
                  </a>
                </p>
              )}
            </div>
          )}
          {!state.message && props.existingId && (
            <p role="status" className="rounded border border-amber-600 bg-amber-50 p-3 text-sm">
              本单位已有 {report.year} 年度报告，不能再导入一份。
              <a className="ml-1 text-sky-800 underline" href={`/reports/${props.existingId}`} target="_blank" rel="noreferrer">
                打开已有的报告对照
              </a>
            </p>
          )}
        </form>
      </div>
    </div>
  );
}
