import { cellText } from "@/lib/report/diff";
import type { CellDelta } from "@/lib/report/compare";

/** Every changed cell in words (old → new), folded away: the grid shows them, this reads them out. */
export function ChangesDetails({ changes, earlierYear, laterYear }: { changes: CellDelta[]; earlierYear: number; laterYear: number }) {
  if (changes.length === 0) return null;
  return (
    <details className="rounded border border-slate-300 bg-white px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium">逐格列出 {changes.length} 处变化</summary>
      <ul className="mt-2 space-y-1" aria-label={`${earlierYear}年到${laterYear}年改变的格子`}>
        {changes.map((c) => (
          <li key={c.key} data-change={c.key}>
            <span className="text-slate-600">{c.table}</span> {c.label}：{cellText(c.before)} → <span className="font-semibold">{cellText(c.after)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
