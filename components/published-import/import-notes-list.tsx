"use client";
/**
 * The reader's notes: what 读取时没有读准 (missing, unsure, read by a rule), kept
 * apart from the checker's findings, which say what the published report itself
 * got wrong. Each note with a place jumps to its cell or text.
 */
import type { ImportNote, ImportNoteKind } from "@/lib/import/notes";
import { describeCell } from "@/lib/report/describe";
import type { CellRef, Template } from "@/lib/template";

const KIND_WORDS: Record<ImportNoteKind, string> = {
  missing: "未找到",
  "label-differs": "名称不同",
  layout: "版式不同",
  interpreted: "按规则读取",
  unsure: "没有读准",
  reader: "读取说明",
};

const TEXT_SECTIONS = new Set(["preamble", "problems", "other"]);

/** Where a note points: a cell of a table, or the path of a field on the page. */
export function noteTarget(n: ImportNote): { cell?: CellRef; field?: string } {
  if (n.cell) return { cell: n.cell };
  const s = n.section;
  if (!s) return {};
  if (TEXT_SECTIONS.has(s) || s === "overview" || s.startsWith("overview.")) return { field: `text.${s}` };
  if (s === "year" || s === "title") return { field: s };
  return {};
}

export function ImportNotesList({ notes, template, onJump }: { notes: ImportNote[]; template: Template; onJump: (n: ImportNote) => void }) {
  return (
    <section aria-labelledby="import-notes" className="rounded border border-violet-400 bg-white">
      <header className="border-b border-violet-200 px-3 py-2">
        <h2 id="import-notes" className="text-base font-bold">
          读取说明（读取时没有读准的地方）
        </h2>
        <p className="text-sm" data-testid="import-notes-count">
          {notes.length === 0 ? "没有需要核对的地方。" : `${notes.length} 处，请对照原文核对；表格中对应的格子加了紫色框。`}
        </p>
      </header>
      {notes.length > 0 && (
        <ul className="max-h-80 divide-y divide-slate-200 overflow-y-auto">
          {notes.map((n, i) => {
            const target = noteTarget(n);
            const where = n.cell ? describeCell(template, n.cell) : "";
            const body = (
              <>
                <span className="mr-1.5 rounded bg-violet-100 px-1 text-xs font-semibold text-violet-900">{KIND_WORDS[n.kind] ?? "读取说明"}</span>
                {where && <span className="mr-1 text-sm text-slate-700">{where}：</span>}
                <span className="text-sm text-slate-900">{n.message}</span>
                {n.page ? <span className="ml-1 text-xs text-slate-600">（第 {n.page} 页）</span> : null}
              </>
            );
            return (
              <li key={i} className="border-l-4 border-l-violet-500 px-3 py-2" data-note-kind={n.kind}>
                {target.cell || target.field ? (
                  <button type="button" onClick={() => onJump(n)} className="block w-full rounded text-left hover:bg-violet-50 focus-visible:ring-2 focus-visible:ring-sky-600">
                    {body}
                  </button>
                ) : (
                  <p>{body}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
