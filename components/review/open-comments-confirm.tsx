"use client";
/** 审核通过 while comments are still open: the supervisor sees them and confirms or goes back. */
export interface OpenComment {
  id: string;
  anchorLabel: string;
  body: string;
}

export function OpenCommentsConfirm(props: { comments: OpenComment[]; pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div role="alertdialog" aria-labelledby="open-comments-title" className="mt-3 rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm">
      <p id="open-comments-title" className="font-bold text-amber-950">
        尚有 {props.comments.length} 条批注未解决，仍要审核通过吗？
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-900" aria-label="未解决的批注">
        {props.comments.map((c) => (
          <li key={c.id}>
            <span className="font-semibold">{c.anchorLabel}</span>：{c.body}
          </li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          autoFocus
          onClick={props.onCancel}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
        >
          返回处理批注
        </button>
        <button
          type="button"
          disabled={props.pending}
          onClick={props.onConfirm}
          className="rounded bg-emerald-700 px-3 py-1.5 text-white hover:bg-emerald-800 disabled:opacity-60"
        >
          确认审核通过
        </button>
      </div>
    </div>
  );
}
