"use client";
/**
 * The whole report laid out as the published document (GB/T 9704 house
 * style, see docs/template.md): title, preamble, the six sections with the
 * template's headings and sub-heads, the three tables, the signature block.
 */
import { FIELD_LABELS } from "@/lib/report/field-labels";
import { useMemo } from "react";
import { commentsByCell, markCells } from "@/components/report-grid/finding-marks";
import type { CellComment } from "@/components/report-grid/types";
import { getTemplate, reportTitle, type TableId, type TextKey } from "@/lib/template";
import { chineseDate } from "@/lib/report/chinese-date";
import { PreviewTable } from "./preview-table";
import type { ReportPreviewProps } from "./types";

function paragraphs(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function Paragraphs({ text, empty = true }: { text: string | undefined; empty?: boolean }) {
  const list = paragraphs(text);
  if (!list.length) return empty ? <p className="indent-[2em] text-slate-500">（未填写）</p> : null;
  return (
    <>
      {list.map((p, i) => (
        <p key={i} className="indent-[2em]">
          {p}
        </p>
      ))}
    </>
  );
}

function SectionComments({ comments }: { comments: CellComment[] }) {
  if (!comments.length) return null;
  return (
    <ul className="my-1 space-y-1 font-sans text-sm" aria-label="批注">
      {comments.map((c) => (
        <li key={c.id} className={`rounded border-l-4 px-2 py-1 ${c.resolved ? "border-slate-300 bg-slate-50 text-slate-500" : "border-violet-600 bg-violet-50 text-violet-950"}`}>
          <span className="font-semibold">{c.author}</span>
          {c.resolved && "（已解决）"}：{c.body}
        </li>
      ))}
    </ul>
  );
}

export function ReportPreview({ report, findings = [], comments = [], onCellClick, onSectionComment }: ReportPreviewProps) {
  const template = getTemplate(report.format);
  const notes = useMemo(() => commentsByCell(comments), [comments]);
  const marksByTable = useMemo(
    () => ({
      proactive: markCells(findings, "proactive"),
      requests: markCells(findings, "requests"),
      appeals: markCells(findings, "appeals"),
    }),
    [findings],
  );
  const sectionComments = (key: TextKey | TableId) => comments.filter((c) => c.anchor === `section:${key}`);
  const commentButton = (key: TextKey | TableId, label: string) =>
    onSectionComment && (
      <button
        type="button"
        onClick={() => onSectionComment(key)}
        aria-label={`批注：${label}`}
        className="ml-3 rounded border border-violet-600 px-1.5 align-middle font-sans text-xs font-normal text-violet-800 hover:bg-violet-50"
      >
        批注
      </button>
    );
  const signedBy = report.meta.signedBy?.trim() || report.organ.name;
  const title = reportTitle(report.organ.name, report.year);

  return (
    // A container query, not the viewport: the wizard shows the page beside its step list.
    <div className="@container">
      <article
        aria-label={`预览：${title}`}
        className="mx-auto box-border w-full max-w-[210mm] bg-white pb-[35mm] pl-[28mm] pr-[26mm] pt-[37mm] font-serif text-[16pt] leading-[1.8] text-black shadow-md ring-1 ring-slate-300 [font-synthesis:weight] @max-[46rem]:px-5 @max-[46rem]:pt-10 @max-[46rem]:pb-10"
      >
        <h1 className="mb-6 text-center text-[22pt] font-bold leading-snug">{title}</h1>
        <div>
          {commentButton("preamble", FIELD_LABELS.preamble) && <div className="text-right">{commentButton("preamble", FIELD_LABELS.preamble)}</div>}
          <SectionComments comments={sectionComments("preamble")} />
          <Paragraphs text={report.text.preamble} />
        </div>
        {template.sections.map((s) => (
          <section key={s.number} aria-label={s.heading}>
            <h2 className="indent-[2em] font-sans text-[16pt] font-bold">
              {s.heading}
              {(s.text ?? s.table) && commentButton((s.text ?? s.table)!, s.heading)}
            </h2>
            {(s.text ?? s.table) && <SectionComments comments={sectionComments((s.text ?? s.table)!)} />}
            {s.text === "overview" && (
              <>
                <Paragraphs text={report.text.overview.intro} empty={false} />
                {template.overviewParts.map((part) => (
                  <div key={part.key}>
                    <h3 className="indent-[2em] font-kai text-[16pt] font-normal">{part.heading}</h3>
                    <Paragraphs text={report.text.overview[part.key]} />
                  </div>
                ))}
              </>
            )}
            {(s.text === "problems" || s.text === "other") && <Paragraphs text={report.text[s.text]} />}
            {s.table && (
              <PreviewTable
                template={template}
                table={s.table}
                report={report}
                marks={marksByTable[s.table]}
                notes={notes}
                onCellClick={onCellClick}
              />
            )}
          </section>
        ))}
        <div className="mt-12 text-right">
          <p>{signedBy}</p>
          <p>{chineseDate(report.meta.signedOn)}</p>
        </div>
      </article>
    </div>
  );
}
