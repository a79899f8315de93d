import { cellText, type Change } from "@/lib/report/diff";
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
  return (
    <li data-change={c.field}>
      <p className="font-medium">{c.label}</p>
      <p className="whitespace-pre-wrap text-red-700">
        原文：<del>{c.before || "（空）"}</del>
      </p>
      <p className="whitespace-pre-wrap text-emerald-800">现文：{c.after || "（空）"}</p>
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
