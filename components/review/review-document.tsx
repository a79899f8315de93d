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

export function ReviewDocument(props: { reportId: string; report: Report; findings: Finding[]; comments: CommentView[]; canComment: boolean }) {
  const router = useRouter();
  const [anchor, setAnchor] = useState<string | null>(null);
  const onCell = (ref: CellRef) => setAnchor(cellAnchor(ref));
  const onSection = (key: TextKey | TableId) => setAnchor(sectionAnchor(key));
  return (
    <div className="space-y-3">
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
