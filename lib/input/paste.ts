/**
 * A block pasted from Excel/WPS, laid onto the grid from the focused cell as a
 * spreadsheet would: value (i, j) goes to the slot i rows down and j columns
 * right of the focused cell in the visual grid. Values landing on a computed
 * total (derived) or off the input area (labels, headers, the covered part of a
 * merged cell, beyond the table) are not pasted and are counted. All or
 * nothing: one refused value and no cell changes (the clerk fixes the sheet and
 * pastes again).
 */
import type { Cell } from "../report/types";
import type { CellRef } from "../template";
import { parseClipboardTable } from "./clipboard";
import type { GridMap, InputPosition } from "./grid-map";
import { normalizeCellInput } from "./normalize";

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

/** What pasting clipboard text at a cell does, with the message for the clerk. */
export function planPaste(map: GridMap, fromKey: string, clipboardText: string): PastePlan {
  const mapping = mapBlock(map, fromKey, parseClipboardTable(clipboardText));
  const changes: Array<{ ref: CellRef; value: Cell }> = [];
  for (const { position, text } of mapping.targets) {
    const r = normalizeCellInput(text, position.kind);
    if (!r.ok) {
      return {
        ok: false,
        key: position.key,
        message: `未粘贴：“${text.trim()}”不能填入“${position.name}”——${r.message}。请在表格软件中改正后重新复制粘贴。`,
      };
    }
    changes.push({ ref: position.ref, value: r.value });
  }
  const parts = [`已粘贴 ${changes.length} 个数`];
  if (mapping.outside) parts.push(`${mapping.outside} 个超出表格范围未粘贴`);
  if (mapping.onDerived) parts.push(`${mapping.onDerived} 个落在自动计算的合计格，未粘贴`);
  return { ok: true, changes, message: parts.join("；") };
}
