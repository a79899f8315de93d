/**
 * The visual grid of a laid-out table (lib/template/layout.ts) as a matrix of
 * slots, the way a spreadsheet sees it: every (row, column) position knows the
 * cell covering it, merged cells included. Navigation and paste work on it.
 */
import { cellKey } from "../report/cells";
import type { CellKind, CellRef } from "../template";
import type { Grid } from "../template/layout";

export interface InputPosition {
  key: string;
  ref: CellRef;
  kind: CellKind;
  derived: boolean;
  name: string;
  /** The row part of the name (the template's row label; "" in table 四). */
  rowLabel: string;
  /** Top-left slot of the cell in the visual grid. */
  row: number;
  col: number;
  colSpan: number;
  /** Index in reading order (row by row, left to right). */
  index: number;
}

/** What covers a slot: an input, a text cell (label, header, caption, note), or nothing (outside). */
export type Slot = { type: "input"; position: InputPosition } | { type: "text" };

export interface GridMap {
  rowCount: number;
  colCount: number;
  /** Inputs in reading order. */
  inputs: InputPosition[];
  byKey: Map<string, InputPosition>;
  slot(row: number, col: number): Slot | undefined;
}

const cache = new WeakMap<Grid, GridMap>();

export function gridMap(grid: Grid): GridMap {
  const hit = cache.get(grid);
  if (hit) return hit;
  const slots: Slot[][] = [];
  const inputs: InputPosition[] = [];
  grid.rows.forEach((cells, r) => {
    const line = (slots[r] ??= []);
    let c = 0;
    for (const cell of cells) {
      // Skip positions taken by cells spanning down from rows above (HTML table rules).
      while (line[c]) c++;
      let slot: Slot = { type: "text" };
      if (cell.type === "input") {
        const position: InputPosition = {
          key: cellKey(cell.ref),
          ref: cell.ref,
          kind: cell.kind,
          derived: cell.derived,
          name: cell.name,
          rowLabel: cell.rowLabel,
          row: r,
          col: c,
          colSpan: cell.colSpan,
          index: inputs.length,
        };
        inputs.push(position);
        slot = { type: "input", position };
      }
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        const target = (slots[r + dr] ??= []);
        for (let dc = 0; dc < cell.colSpan; dc++) target[c + dc] = slot;
      }
      c += cell.colSpan;
    }
  });
  const map: GridMap = {
    rowCount: slots.length,
    colCount: Math.max(0, ...slots.map((l) => l.length)),
    inputs,
    byKey: new Map(inputs.map((p) => [p.key, p])),
    slot: (row, col) => slots[row]?.[col],
  };
  cache.set(grid, map);
  return map;
}
