"use client";
import { OPEN_WARNINGS } from "@/lib/report/field-labels";
import Link from "next/link";
import { useState } from "react";
import { DocxDownloadLink } from "@/components/docx-download-link";
import { JsonDownloadLink } from "@/components/json-download-link";
import { ReportPreview } from "@/components/report-preview";
import { WebVersionButtons } from "@/components/web-version-buttons";
import type { Finding, Report } from "@/lib/report/types";

/** Why 提交审核 is not possible yet, in the clerk's words; empty when it is. */
export function submitBlockers(opts: { errors: number; unacknowledged: number; invalidCells: number; editable: boolean; statusLabel: string }): string[] {
  const out: string[] = [];
  if (!opts.editable) out.push(`报告${opts.statusLabel}，不能再提交。`);
  if (opts.invalidCells > 0) out.push(`表格中有 ${opts.invalidCells} 格未保存（输入的内容无效），请改正，或在该格按 Esc 恢复原值。`);
  if (opts.errors > 0) out.push(`还有 ${opts.errors} 处错误，改正后才能提交审核。`);
  if (opts.unacknowledged > 0) out.push(`还有 ${opts.unacknowledged} 条${OPEN_WARNINGS}：请改正，或在检查结果中写明理由后确认。`);
  return out;
}

export function PreviewStep(props: {
  reportId: string;
  report: Report;
  findings: Finding[];
  blockers: string[];
  /** Cells whose refused text is not stored: the .docx (made from what is stored) does not show them. */
  unsavedCells: number;
  submitting: boolean;
  submitMessage: string;
  onSubmit: () => void;
  findingsPanel: React.ReactNode;
  /** The year-over-year view, when last year's report is there to compare with. */
  compareHref?: string;
}) {
  const blocked = props.blockers.length > 0;
  // Submitting locks the report for the whole review: the clerk says yes to that first.
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start gap-4 rounded border border-slate-300 bg-white p-4">
        <div className="flex-1 space-y-2">
          <button
            type="button"
            onClick={() => setConfirming(true)}
            disabled={blocked || props.submitting || confirming}
            aria-describedby="submit-reasons"
            className="rounded bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900 disabled:cursor-not-allowed disabled:bg-slate-400 disabled:text-slate-900"
          >
            {props.submitting ? "正在提交…" : "提交审核"}
          </button>
          {confirming && !blocked && (
            <div role="alertdialog" aria-labelledby="submit-confirm-title" aria-describedby="submit-confirm-desc" className="rounded border-2 border-red-800 bg-red-50 p-3">
              <h3 id="submit-confirm-title" className="font-bold text-red-900">
                确定提交审核？
              </h3>
              <p id="submit-confirm-desc" className="mt-1 text-sm text-slate-900">
                提交后报告交区政务公开办审核，审核期间本单位不能再修改；如需修改，须等审核人退回。
              </p>
              <div className="mt-2 flex gap-2">
                <button
                  type="button"
                  autoFocus
                  onClick={() => {
                    setConfirming(false);
                    props.onSubmit();
                  }}
                  className="rounded bg-red-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-red-900"
                >
                  确定提交
                </button>
                <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-500 bg-white px-4 py-1.5 text-sm hover:bg-slate-100">
                  取消
                </button>
              </div>
            </div>
          )}
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
          {props.unsavedCells > 0 && (
            <p className="max-w-[16rem] text-sm font-medium text-red-800" data-docx-unsaved>
              注意：{props.unsavedCells} 格未保存，Word 文档按已保存的数字生成，不含这些格子里无效的输入。
            </p>
          )}
          <JsonDownloadLink reportId={props.reportId} />
          <WebVersionButtons reportId={props.reportId} report={props.report} />
          {props.compareHref && (
            <Link
              href={props.compareHref}
              className="rounded border border-slate-300 bg-white px-4 py-2 text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
            >
              与上年报告对比
            </Link>
          )}
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded border border-slate-300 bg-white px-4 py-2 text-left text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
          >
            打印报告
          </button>
        </div>
      </div>
      {props.findingsPanel}
      <section aria-label="报告预览" data-print-document className="overflow-x-auto rounded border border-slate-300 bg-white p-4">
        <ReportPreview report={props.report} findings={props.findings} />
      </section>
    </div>
  );
}
