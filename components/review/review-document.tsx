"use client";
/**
 * The report as it will be published, with the supervisor's comments at their
 * cells and sections; clicking a cell or a section's 批注 opens the comment form.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReportPreview } from "@/components/report-preview";
import type { Finding, Report } from "@/lib/report/types";
import type { CommentView } from "@/lib/server/comments-service";
import type { CellRef, TableId, TextKey } from "@/lib/template";
import { anchorLabel, cellAnchor, sectionAnchor } from "@/lib/workflow/anchors";
import { CommentComposer } from "./comment-composer";
import { toCellComments } from "./to-cell-comments";

/** Cell keys are template ids joined by "/": anything else is not put into a selector. */
const SAFE_KEY = /^[\w./-]+$/;

/** Marks the cells changed since the last submission in the document itself (a blue frame). */
function changedCellsStyle(keys: string[]): string {
  const selectors = keys.filter((k) => SAFE_KEY.test(k)).map((k) => `[data-review-document] [data-cell="${k}"]`);
  return selectors.length ? `${selectors.join(",")}{box-shadow:inset 0 0 0 2px #0369a1;background-color:#e0f2fe}` : "";
}

export function ReviewDocument(props: {
  reportId: string;
  report: Report;
  findings: Finding[];
  comments: CommentView[];
  canComment: boolean;
  /** cellKeys of the cells changed since the last submission. */
  changedCells?: string[];
}) {
  const changed = props.changedCells ?? [];
  const router = useRouter();
  const [anchor, setAnchor] = useState<string | null>(null);
  const onCell = (ref: CellRef) => setAnchor(cellAnchor(ref));
  const onSection = (key: TextKey | TableId) => setAnchor(sectionAnchor(key));
  return (
    <div className="space-y-3" data-review-document data-changed-cells={changed.join(" ")}>
      {changed.length > 0 ? (
        <>
          <style>{changedCellsStyle(changed)}</style>
          <p className="text-sm text-slate-700">
            <span className="mr-1 inline-block h-3 w-4 bg-sky-100 align-middle ring-2 ring-inset ring-sky-700" aria-hidden />
            蓝框：与上次提交相比改过的格子（{changed.length} 处）。
          </p>
        </>
      ) : null}
      {anchor ? (
        <div className="sticky top-2 z-10">
          <CommentComposer
            reportId={props.reportId}
            anchor={anchor}
            label={anchorLabel(props.report, anchor) ?? anchor}
            onDone={(saved) => {
              setAnchor(null);
              if (saved) router.refresh();
            }}
          />
        </div>
      ) : null}
      <ReportPreview
        report={props.report}
        findings={props.findings}
        comments={toCellComments(props.comments)}
        onCellClick={props.canComment ? onCell : undefined}
        onSectionComment={props.canComment ? onSection : undefined}
      />
    </div>
  );
}
