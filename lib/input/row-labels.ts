/**
 * Which row of the grid a pasted row means, by its label: clerks copy whole rows
 * of last year's sheet with the label column, sometimes of the other format
 * (2019 ↔ 2021) or retyped with a typo. The labels compared are the template's
 * own (each input's row label, lib/template/layout), fuzzily (character bigrams),
 * so "（一）予与公开" still finds （一）予以公开.
 */
import { bigramDice } from "../check/similarity";
import type { GridMap, InputPosition } from "./grid-map";

export interface GridRow {
  /** The row id of the template (ref.row). */
  row: string;
  /** The template's row label: "（三）不予公开 1.属于国家秘密". */
  label: string;
  /** Its leaf label ("1.属于国家秘密") and the groups above it ("（三）不予公开"). */
  leaf: string;
  groups: string[];
  /** The row's inputs in column order (computed totals included). */
  inputs: InputPosition[];
}

const rowsCache = new WeakMap<GridMap, GridRow[]>();

/** The grid's rows that have a row label, in reading order. */
export function gridRows(map: GridMap): GridRow[] {
  const hit = rowsCache.get(map);
  if (hit) return hit;
  const byRow = new Map<string, GridRow>();
  for (const p of map.inputs) {
    const label = p.rowLabel;
    if (!label) continue;
    let r = byRow.get(p.ref.row);
    if (!r) {
      const parts = label.split(" ");
      r = { row: p.ref.row, label, leaf: parts[parts.length - 1], groups: parts.slice(0, -1), inputs: [] };
      byRow.set(p.ref.row, r);
    }
    r.inputs.push(p);
  }
  const rows = [...byRow.values()];
  for (const r of rows) r.inputs.sort((a, b) => a.col - b.col);
  rowsCache.set(map, rows);
  return rows;
}

const ACCEPT = 0.5;
const MARGIN = 0.08;
const GROUP_ACCEPT = 0.75;
/** The catch-all child of a group (（六）其他处理 → 3.其他), where a row of the other format without children goes. */
const CATCH_ALL = /其他$/;

export type RowMatch = { row: GridRow; note?: string } | { row: undefined };

/**
 * The grid row a pasted label means. `context` is the group the rows above named (a group label in a
 * merged cell is copied once, above its children). A label naming a group the grid splits into
 * children (the single 2019 （六）其他处理) goes to the group's catch-all child, with a note.
 */
export function matchRow(map: GridMap, labels: string[], context: string | undefined): RowMatch {
  const rows = gridRows(map);
  const joined = labels.join(" ");
  const last = labels[labels.length - 1] ?? "";
  // A label naming a group the grid splits into children (the single 2019 （六）其他处理): its catch-all child.
  const group = matchGroup(map, last);
  if (group) {
    const child = rows.find((r) => r.groups[r.groups.length - 1] === group && CATCH_ALL.test(r.leaf));
    return child ? { row: child, note: `“${last.trim()}”填入“${child.label}”` } : { row: undefined };
  }
  let best: GridRow | undefined;
  let bestScore = 0;
  let second = 0;
  for (const r of rows) {
    const elsewhere = context !== undefined && r.groups.length > 0 && !r.groups.includes(context);
    const score = Math.max(
      bigramDice(joined, r.label),
      // The leaf alone ("2.重复申请"), a little less when the rows above named another group.
      bigramDice(last, r.leaf) * (elsewhere ? 0.9 : 1),
      context && r.groups.length ? bigramDice(`${context} ${last}`, r.label) : 0,
    );
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = r;
    } else if (score > second) second = score;
  }
  return best && bestScore >= ACCEPT && bestScore - second >= MARGIN ? { row: best } : { row: undefined };
}

/** The group a pasted label names, if it names one of the grid's groups (context for the rows below). */
export function matchGroup(map: GridMap, label: string): string | undefined {
  let best: string | undefined;
  let bestScore = GROUP_ACCEPT;
  for (const r of gridRows(map)) {
    for (const g of r.groups) {
      const score = bigramDice(label, g);
      if (score >= bestScore) [best, bestScore] = [g, score];
    }
  }
  return best;
}
