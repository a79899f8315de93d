"use client";
import { OPEN_WARNINGS } from "@/lib/report/field-labels";
import { DocxDownloadLink } from "@/components/docx-download-link";
import { JsonDownloadLink } from "@/components/json-download-link";
import { ReportPreview } from "@/components/report-preview";
import { WebVersionButtons } from "@/components/web-version-buttons";
import type { Finding, Report } from "@/lib/report/types";

/** Why 提交审核 is not possible yet, in the clerk's words; empty when it is. */
export function submitBlockers(opts: { errors: number; unacknowledged: number; invalidCells: number; editable: boolean; statusLabel: string }): string[] {
  const out: string[] = [];
  if (!opts.editable) out.push(`报告${opts.statusLabel}，不能再提交。`);
  if (opts.invalidCells > 0) out.push(`表格中有 ${opts.invalidCells} 个格子的内容无效，请改正。`);
  if (opts.errors > 0) out.push(`还有 ${opts.errors} 处错误，改正后才能提交审核。`);
  if (opts.unacknowledged > 0) out.push(`还有 ${opts.unacknowledged} 条${OPEN_WARNINGS}：请改正，或在检查结果中写明理由后确认。`);
  return out;
}

export function PreviewStep(props: {
  reportId: string;
  report: Report;
  findings: Finding[];
  blockers: string[];
  submitting: boolean;
  submitMessage: string;
  onSubmit: () => void;
  findingsPanel: React.ReactNode;
}) {
  const blocked = props.blockers.length > 0;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start gap-4 rounded border border-slate-300 bg-white p-4">
        <div className="flex-1 space-y-2">
          <button
            type="button"
            onClick={props.onSubmit}
            disabled={blocked || props.submitting}
            aria-describedby="submit-reasons"
            className="rounded bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900 disabled:cursor-not-allowed disabled:bg-slate-400 disabled:text-slate-900"
          >
            {props.submitting ? "正在提交…" : "提交审核"}
          </button>
          <div id="submit-reasons" className="text-sm">
            {blocked ? (
              <ul className="list-disc pl-5 text-red-800">
                {props.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-800">检查未发现错误，可以提交审核。提交后由区政务公开办审核，审核期间不能修改。</p>
            )}
          </div>
          {props.submitMessage && (
            <p role="alert" className="text-sm font-medium text-red-800">
              {props.submitMessage}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <DocxDownloadLink reportId={props.reportId} />
          <JsonDownloadLink reportId={props.reportId} />
          <WebVersionButtons reportId={props.reportId} report={props.report} />
        </div>
      </div>
      {props.findingsPanel}
      <section aria-label="报告预览" className="overflow-x-auto rounded border border-slate-300 bg-white p-4">
        <ReportPreview report={props.report} findings={props.findings} />
      </section>
    </div>
  );
}
