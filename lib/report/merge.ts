/**
 * Three-way merge of two drafts of one report that both started from the same
 * stored version (base): a stale tab's edits ("mine") and the version saved
 * meanwhile ("theirs", another tab, a colleague, or this tab's own save that was
 * committed but never acknowledged). Field by field: every table cell the clerk
 * fills in, every text, every meta field, every warning confirmation. An item
 * changed on one side only takes that side; changed on both sides to the same
 * value it is simply that value; changed on both sides differently it is a
 * conflict, and the clerk chooses per item (theirs until chosen). The computed
 * sums are never items: they are recomputed from the merged addends. Pure.
 */
import { getTemplate } from "../template";
import { inputCells } from "../template/layout";
import { cellKey } from "./cells";
import { cellText, textFields } from "./diff";
import { fillDerivedInPlace } from "./fill-derived";
import type { Report } from "./types";

export interface DraftState {
  report: Report;
  acks: Record<string, string>;
}

export interface MergeConflict {
  /** Stable id of the item (its path), the key of a choice. */
  id: string;
  /** The item in the template's words: 表三 （一）予以公开 自然人, 六、其他需要报告的事项 … */
  label: string;
  mine: string;
  theirs: string;
}

export type MergeChoice = "mine" | "theirs";

export interface MergeResult {
  merged: DraftState;
  /** Items changed on both sides to different values; empty when the merge needs no one. */
  conflicts: MergeConflict[];
}

type Leaf = string | number | boolean | null;
type Path = (string | number)[];

function leaves(value: unknown, path: Path, out: Map<string, { path: Path; value: Leaf }>): void {
  if (value === undefined) return;
  if (value === null || typeof value !== "object") {
    out.set(JSON.stringify(path), { path, value: value as Leaf });
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
}

function flatten(d: DraftState): Map<string, { path: Path; value: Leaf }> {
  const out = new Map<string, { path: Path; value: Leaf }>();
  leaves(d.report, ["report"], out);
  for (const [k, v] of Object.entries(d.acks)) out.set(JSON.stringify(["acks", k]), { path: ["acks", k], value: v });
  return out;
}

/** Writes (or, for undefined, removes) one leaf, making containers shaped like the side it comes from. */
function setPath(root: Record<string, unknown>, path: Path, value: Leaf | undefined, shape: unknown): void {
  let node = root as Record<string | number, unknown>;
  let model = shape as Record<string | number, unknown> | undefined;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    model = model?.[k] as Record<string | number, unknown> | undefined;
    if (node[k] === undefined || node[k] === null || typeof node[k] !== "object") {
      if (value === undefined) return;
      node[k] = Array.isArray(model) ? [] : {};
    }
    node = node[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node[last as number] = null;
    else delete node[last];
  } else node[last] = value;
}

function labels(report: Report): { cells: Map<string, { label: string; derived: boolean }>; texts: Map<string, string> } {
  const t = getTemplate(report.format);
  const short = { proactive: "表二", requests: "表三", appeals: "表四" } as const;
  const cells = new Map(inputCells(t).map((c) => [cellKey(c.ref), { label: `${short[c.ref.table]} ${c.name}`, derived: c.derived }]));
  const texts = new Map(textFields(report).map((f) => [f.field, f.label]));
  return { cells, texts };
}

function describe(path: Path, names: ReturnType<typeof labels>): { label: string; derived: boolean; isCell: boolean } {
  if (path[0] === "acks") return { label: "对一条警告的确认理由", derived: false, isCell: false };
  const p = path.slice(1);
  if (p[0] === "tables" && p.length === 4) {
    const hit = names.cells.get(`${p[1]}/${p[2]}/${p[3]}`);
    return { label: hit?.label ?? p.slice(1).join(" "), derived: hit?.derived ?? false, isCell: true };
  }
  const field = p.join(".");
  return { label: names.texts.get(field) ?? field, derived: false, isCell: false };
}

function show(v: Leaf | undefined, isCell: boolean): string {
  if (isCell) return cellText(typeof v === "number" ? v : null);
  if (v === undefined || v === null || v === "") return "（空）";
  return String(v);
}

/** Merges mine and theirs against base; choices decide the conflicting items (theirs where none is given). */
export function mergeDrafts(base: DraftState, mine: DraftState, theirs: DraftState, choices: Record<string, MergeChoice> = {}): MergeResult {
  const b = flatten(base);
  const m = flatten(mine);
  const t = flatten(theirs);
  const names = labels(theirs.report);
  const result = { report: structuredClone(theirs.report), acks: { ...theirs.acks } } as unknown as Record<string, unknown>;
  const conflicts: MergeConflict[] = [];
  const ids = new Set([...m.keys(), ...t.keys(), ...b.keys()]);
  for (const id of ids) {
    const path = (m.get(id) ?? t.get(id) ?? b.get(id))!.path;
    const bv = b.get(id)?.value;
    const mv = m.get(id)?.value;
    const tv = t.get(id)?.value;
    if (mv === tv || mv === bv) continue; // theirs already holds it
    const what = describe(path, names);
    if (what.derived) continue; // recomputed below
    if (tv !== bv) {
      conflicts.push({ id, label: what.label, mine: show(mv, what.isCell), theirs: show(tv, what.isCell) });
      if (choices[id] !== "mine") continue;
    }
    setPath(result, path, mv, { report: mine.report, acks: mine.acks });
  }
  const merged = result as unknown as DraftState;
  fillDerivedInPlace(merged.report);
  return { merged, conflicts };
}
