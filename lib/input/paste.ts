/**
 * A block pasted from Excel/WPS, laid onto the grid from the focused cell as a
 * spreadsheet would: value (i, j) goes to the slot i rows down and j columns
 * right of the focused cell in the visual grid. Values landing on a computed
 * total (derived) or off the input area (labels, headers, the covered part of a
 * merged cell, beyond the table) are not pasted and are counted. All or
 * nothing: one refused value and no cell changes (the clerk fixes the sheet and
 * pastes again).
 * A block copied with its row labels (the label column of last year's sheet,
 * even of the other format) is placed by those labels, not by position: each
 * row goes to the grid row its label names (lib/input/row-labels), label columns
 * and header rows are skipped, and a row no label places is reported before
 * anything is written. "—", "－", "/", "无" are how paper tables say "none":
 * pasted, they count as 0 (R5: the published table shows 0) and the message says so.
 */
import type { Cell } from "../report/types";
import type { CellRef } from "../template";
import { parseClipboardTable } from "./clipboard";
import type { GridMap, InputPosition } from "./grid-map";
import { normalizeCellInput } from "./normalize";
import { matchGroup, matchRow } from "./row-labels";

/** A pasted "none". */
const NONE = /^(?:[—–－―‐-]+|[/／\\]+|无)$/;

/** Text that reads as a label rather than a value: two or more CJK characters ("5件" is a bad value, not a label). */
const LABEL_LIKE = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/;

function isLabel(text: string): boolean {
  const t = text.trim();
  return t !== "" && !NONE.test(t) && LABEL_LIKE.test(t);
}

/** A pasted row split into its leading label cells and its values. */
interface PastedRow {
  labels: string[];
  values: string[];
}

function splitRow(cells: string[]): PastedRow {
  let n = 0;
  while (n < cells.length && (cells[n].trim() === "" || isLabel(cells[n]))) n++;
  const lead = cells.slice(0, n);
  // Leading blanks without any label are empty values (a block starting with blank cells), not labels.
  if (!lead.some(isLabel)) return { labels: [], values: cells };
  return { labels: lead.filter((c) => c.trim() !== "").map((c) => c.trim()), values: cells.slice(n) };
}

const hasValues = (r: PastedRow) => r.values.some((v) => v.trim() !== "");

export interface PasteTarget {
  position: InputPosition;
  text: string;
}

export interface BlockMapping {
  targets: PasteTarget[];
  /** Non-empty values that landed on a computed total. */
  onDerived: number;
  /** Non-empty values that landed outside the input area. */
  outside: number;
}

export function mapBlock(map: GridMap, fromKey: string, block: string[][]): BlockMapping {
  const from = map.byKey.get(fromKey);
  const out: BlockMapping = { targets: [], onDerived: 0, outside: 0 };
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const empty = text.trim() === "";
      const slot = from ? map.slot(from.row + i, from.col + j) : undefined;
      const position = slot?.type === "input" ? slot.position : undefined;
      // Only a merged cell's first column takes a value; the rest of it is like a label.
      if (!position || position.row !== from!.row + i || position.col !== from!.col + j) {
        if (!empty) out.outside++;
      } else if (position.derived) {
        if (!empty) out.onDerived++;
      } else {
        out.targets.push({ position, text });
      }
    }),
  );
  return out;
}

export type PastePlan =
  | { ok: true; changes: Array<{ ref: CellRef; value: Cell }>; message: string }
  | { ok: false; message: string; key?: string };

/** A pasted value as the cell takes it: "none" words count as 0. */
function valueOf(text: string, position: InputPosition): { ok: true; value: Cell; none: boolean } | { ok: false; message: string } {
  if (NONE.test(text.trim())) return { ok: true, value: 0, none: true };
  const r = normalizeCellInput(text, position.kind);
  return r.ok ? { ok: true, value: r.value, none: false } : r;
}

function refusal(text: string, position: InputPosition, message: string): PastePlan {
  return {
    ok: false,
    key: position.key,
    message: `未粘贴：“${text.trim()}”不能填入“${position.name}”——${message}。请在表格软件中改正后重新复制粘贴。`,
  };
}

function summary(changes: number, extra: { outside: number; onDerived: number; none: number; notes: string[]; byLabel: boolean }): string {
  const parts = [`已粘贴 ${changes} 个数${extra.byLabel ? "（按行名对应）" : ""}`];
  if (extra.none) parts.push(`其中 ${extra.none} 个“—”“/”“无”按 0 填入`);
  parts.push(...extra.notes);
  if (extra.outside) parts.push(`${extra.outside} 个超出表格范围未粘贴`);
  if (extra.onDerived) parts.push(`${extra.onDerived} 个落在自动计算的合计格，未粘贴`);
  return parts.join("；");
}

/** Rows placed by their labels: every row with values must name a row of this table. */
function planByLabels(map: GridMap, rows: PastedRow[]): PastePlan {
  const changes: Array<{ ref: CellRef; value: Cell }> = [];
  const unplaced: string[] = [];
  const notes: string[] = [];
  let context: string | undefined;
  let outside = 0;
  let onDerived = 0;
  let none = 0;
  const placed: Array<{ inputs: InputPosition[]; values: string[] }> = [];
  for (const r of rows) {
    for (const l of r.labels) context = matchGroup(map, l) ?? context;
    if (!hasValues(r)) continue; // a header row, or a label with nothing to paste
    if (r.labels.length === 0) {
      unplaced.push(`（无行名）${r.values.filter((v) => v.trim()).slice(0, 3).join(" ")}`);
      continue;
    }
    const m = matchRow(map, r.labels, context);
    if (!m.row) {
      unplaced.push(r.labels.join(" "));
      continue;
    }
    if (m.note) notes.push(m.note);
    placed.push({ inputs: m.row.inputs, values: r.values });
  }
  if (unplaced.length) {
    return {
      ok: false,
      message: `未粘贴：${unplaced.length} 行对应不到本表的行：${unplaced.map((u) => `“${u}”`).join("、")}。请核对行名后重新复制粘贴，本表未作任何改动。`,
    };
  }
  for (const { inputs, values } of placed) {
    for (let j = 0; j < values.length; j++) {
      const text = values[j];
      const empty = text.trim() === "";
      const position = inputs[j];
      if (!position) {
        if (!empty) outside++;
        continue;
      }
      if (position.derived) {
        if (!empty) onDerived++;
        continue;
      }
      const v = valueOf(text, position);
      if (!v.ok) return refusal(text, position, v.message);
      if (v.none) none++;
      changes.push({ ref: position.ref, value: v.value });
    }
  }
  return { ok: true, changes, message: summary(changes.length, { outside, onDerived, none, notes, byLabel: true }) };
}

/** What pasting clipboard text at a cell does, with the message for the clerk. */
export function planPaste(map: GridMap, fromKey: string, clipboardText: string): PastePlan {
  const rows = parseClipboardTable(clipboardText).map(splitRow);
  if (rows.some((r) => r.labels.length > 0 && hasValues(r))) return planByLabels(map, rows);
  // By position from the focused cell; header rows (only labels) are skipped.
  const block = rows.filter((r) => r.labels.length === 0 || hasValues(r)).map((r) => r.values);
  const mapping = mapBlock(map, fromKey, block);
  const changes: Array<{ ref: CellRef; value: Cell }> = [];
  let none = 0;
  for (const { position, text } of mapping.targets) {
    const v = valueOf(text, position);
    if (!v.ok) return refusal(text, position, v.message);
    if (v.none) none++;
    changes.push({ ref: position.ref, value: v.value });
  }
  return { ok: true, changes, message: summary(changes.length, { outside: mapping.outside, onDerived: mapping.onDerived, none, notes: [], byLabel: false }) };
}
