import { cellText, diffText, type Change } from "@/lib/report/diff";
import type { ChangesView } from "@/lib/server/history-service";

function when(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });
}

function Row({ c }: { c: Change }) {
  if (c.kind === "cell") {
    return (
      <li data-change={c.key}>
        <span className="text-slate-600">{c.table}</span> {c.label}：<del className="text-red-700">{cellText(c.before)}</del> →{" "}
        <ins className="font-semibold text-emerald-800 no-underline">{cellText(c.after)}</ins>
      </li>
    );
  }
  // One text, the removed characters struck in red and the added ones marked in green, where they are.
  return (
    <li data-change={c.field}>
      <p className="font-medium">{c.label}</p>
      <p className="whitespace-pre-wrap leading-relaxed" data-testid="text-diff">
        {diffText(c.before, c.after).map((seg, i) =>
          seg.op === "same" ? (
            <span key={i}>{seg.text}</span>
          ) : seg.op === "del" ? (
            <del key={i} className="bg-red-100 text-red-800" title="删除">
              {seg.text}
            </del>
          ) : (
            <ins key={i} className="bg-emerald-100 font-semibold text-emerald-900 no-underline" title="新增">
              {seg.text}
            </ins>
          ),
        )}
      </p>
    </li>
  );
}

/** 与上次提交相比的修改: cells and paragraphs, old → new, in the template's words. */
export function ChangesList({ view }: { view: ChangesView | null }) {
  if (!view) return <p className="text-sm text-slate-600">首次提交，没有可比较的上一版本。</p>;
  if (view.changes.length === 0) return <p className="text-sm text-slate-600">与 {when(view.since)} 提交的版本相比没有修改。</p>;
  return (
    <div>
      <p className="text-sm text-slate-600">
        与 {when(view.since)} 提交的版本相比，共 {view.changes.length} 处修改：
      </p>
      <ul className="mt-2 space-y-2 text-sm" aria-label="修改内容">
        {view.changes.map((c) => (
          <Row key={c.kind === "cell" ? c.key : c.field} c={c} />
        ))}
      </ul>
    </div>
  );
}
