import type { HistoryEntry } from "@/lib/server/history-service";

function when(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });
}

/** Every workflow step (who, when, from → to, the comment): the report's history. */
export function ReportHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">暂无记录。</p>;
  return (
    <ol className="space-y-2 text-sm" aria-label="流转记录">
      {entries.map((e) => (
        <li key={e.id} className="border-l-2 border-slate-300 pl-3">
          <span className="text-slate-600">{when(e.at)}</span> <span className="font-medium">{e.step}</span>
          <span className="text-slate-600">
            （{e.actorName}
            {e.actorRole ? `，${e.actorRole}` : ""}）
          </span>
          {e.comment ? <p className="text-slate-800">意见：{e.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
