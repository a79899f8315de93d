"use client";
/** The supervisor's comments on a returned report (待修改之处), shown to the clerk above the step. */
export interface ReviewComment {
  id: string;
  anchor: string;
  anchorLabel: string;
  body: string;
  authorName: string;
  resolved: boolean;
  replies: { id: string; body: string; authorName: string }[];
}

/** Why the report came back: the reason of the supervisor's 退回修改 or 重新打开. */
export interface ReturnNoticeView {
  reason: string | null;
  at: string;
  actorName: string;
  reopened: boolean;
}

const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

export function ReviewComments({ comments, notice }: { comments: ReviewComment[]; notice?: ReturnNoticeView | null }) {
  const open = comments.filter((c) => !c.resolved);
  if (open.length === 0 && !notice) return null;
  return (
    <section aria-labelledby="review-comments-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-3">
      {notice ? (
        <div data-testid="return-reason" className={open.length > 0 ? "mb-2 border-b border-amber-300 pb-2" : ""}>
          <h2 className="font-bold text-amber-950">
            {notice.reopened ? "审核人已重新打开本报告" : "报告已退回修改"}（{notice.actorName}，{day(notice.at)}）
          </h2>
          <p className="mt-1 text-slate-900">
            {notice.reopened ? "重新打开的原因" : "退回原因"}：{notice.reason || "见下列批注"}
          </p>
        </div>
      ) : null}
      {open.length > 0 ? (
      <h2 id="review-comments-heading" className="font-bold text-amber-950">
        审核意见（{open.length} 条）
        <a href="#review-notes-heading" className="ml-3 text-sm font-normal text-amber-950 underline">
          到页面下方答复或标记已解决
        </a>
      </h2>
      ) : (
        <span id="review-comments-heading" className="sr-only">审核意见</span>
      )}
      <ul className="mt-1 space-y-1 text-sm text-slate-900">
        {open.map((c) => (
          <li key={c.id}>
            <span className="font-semibold">{c.anchorLabel}</span>：{c.body}
            <span className="text-slate-700">（{c.authorName}）</span>
            {c.replies.map((r) => (
              <p key={r.id} className="ml-4 text-slate-800">
                回复：{r.body}（{r.authorName}）
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
