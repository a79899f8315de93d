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

export function ReviewComments({ comments }: { comments: ReviewComment[] }) {
  const open = comments.filter((c) => !c.resolved);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="review-comments-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-3">
      <h2 id="review-comments-heading" className="font-bold text-amber-950">
        审核意见（{open.length} 条）
        <a href="#review-notes-heading" className="ml-3 text-sm font-normal text-amber-950 underline">
          到页面下方答复或标记已解决
        </a>
      </h2>
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
