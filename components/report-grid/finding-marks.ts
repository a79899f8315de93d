/**
 * Findings indexed by cell once per findings change, so each grid cell gets
 * primitive props (status, message) and React.memo skips the cells a keystroke
 * did not affect.
 */
import { cellKey } from "@/lib/report/cells";
import type { Finding } from "@/lib/report/types";
import type { TableId } from "@/lib/template";

/** error/warning: the cell is where the finding points; related*: the cell is one of the finding's cells. */
export type CellStatus = "none" | "error" | "warning" | "relatedError" | "relatedWarning";

export interface CellMark {
  status: CellStatus;
  /** Messages of the findings at or involving the cell, primary ones first, one per line. */
  message: string;
}

const RANK: Record<CellStatus, number> = { none: 0, relatedWarning: 1, relatedError: 2, warning: 3, error: 4 };

export function markCells(findings: Finding[], table: TableId): Map<string, CellMark> {
  const acc = new Map<string, { status: CellStatus; primary: string[]; related: string[] }>();
  const touch = (key: string, status: CellStatus, message: string, primary: boolean) => {
    let m = acc.get(key);
    if (!m) acc.set(key, (m = { status: "none", primary: [], related: [] }));
    if (RANK[status] > RANK[m.status]) m.status = status;
    const list = primary ? m.primary : m.related;
    if (!list.includes(message)) list.push(message);
  };
  for (const f of findings) {
    const error = f.severity === "error";
    let at: string | undefined;
    if (f.table === table && f.row !== undefined && f.column !== undefined) {
      at = `${f.table}/${f.row}/${f.column}`;
      touch(at, error ? "error" : "warning", f.message, true);
    }
    for (const ref of f.cells ?? []) {
      if (ref.table !== table) continue;
      const key = cellKey(ref);
      if (key !== at) touch(key, error ? "relatedError" : "relatedWarning", f.message, false);
    }
  }
  const out = new Map<string, CellMark>();
  for (const [key, m] of acc) {
    out.set(key, { status: m.status, message: [...m.primary, ...m.related.filter((x) => !m.primary.includes(x))].join("\n") });
  }
  return out;
}

/** Comment bodies per cell key ("cell:<key>" anchors), unresolved first. */
export function commentsByCell(comments: Array<{ anchor: string; body: string; author: string; resolved: boolean }> | undefined) {
  const out = new Map<string, string>();
  for (const c of [...(comments ?? [])].sort((a, b) => Number(a.resolved) - Number(b.resolved))) {
    if (!c.anchor.startsWith("cell:")) continue;
    const key = c.anchor.slice(5);
    const line = `${c.author}${c.resolved ? "（已解决）" : ""}：${c.body}`;
    out.set(key, out.has(key) ? `${out.get(key)}\n${line}` : line);
  }
  return out;
}
