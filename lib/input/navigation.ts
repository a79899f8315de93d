/**
 * Spreadsheet keys over the printed layout: arrows move to the neighbouring
 * input in the visual grid (skipping caption and header rows of table 二, and
 * landing on a merged input that covers the column); Enter moves down and
 * Shift+Enter up, as in Excel. Where nothing lies below (the single data row of
 * table 四, the last row of a table) Enter goes on to the next cell in reading
 * order, so a clerk can key a whole row with Enter alone. Enter (like Tab) passes
 * over the computed totals: nobody types there, 31 extra stops in table 三 are
 * only in the way. The arrows still reach them, to read them.
 */
import type { GridMap, InputPosition } from "./grid-map";

export type Move = "up" | "down" | "left" | "right" | "enter" | "shiftEnter";

function inputAt(map: GridMap, row: number, col: number): InputPosition | undefined {
  const slot = map.slot(row, col);
  return slot?.type === "input" ? slot.position : undefined;
}

function vertical(map: GridMap, from: InputPosition, step: 1 | -1, skipDerived = false): InputPosition | undefined {
  for (let r = from.row + step; r >= 0 && r < map.rowCount; r += step) {
    const hit = inputAt(map, r, from.col);
    if (hit && hit !== from && !(skipDerived && hit.derived)) return hit;
  }
  return undefined;
}

/** The next (or previous) cell in reading order that the clerk fills in. */
function reading(map: GridMap, from: InputPosition, step: 1 | -1): InputPosition | undefined {
  for (let i = from.index + step; i >= 0 && i < map.inputs.length; i += step) {
    if (!map.inputs[i].derived) return map.inputs[i];
  }
  return undefined;
}

function horizontal(map: GridMap, from: InputPosition, step: 1 | -1): InputPosition | undefined {
  for (let c = step > 0 ? from.col + from.colSpan : from.col - 1; c >= 0 && c < map.colCount; c += step) {
    const hit = inputAt(map, from.row, c);
    if (hit) return hit;
  }
  return undefined;
}

/** The key of the cell a move lands on, or undefined at the edge of the table. */
export function moveFrom(map: GridMap, key: string, move: Move): string | undefined {
  const from = map.byKey.get(key);
  if (!from) return undefined;
  let to: InputPosition | undefined;
  switch (move) {
    case "up":
      to = vertical(map, from, -1);
      break;
    case "down":
      to = vertical(map, from, 1);
      break;
    case "left":
      to = horizontal(map, from, -1);
      break;
    case "right":
      to = horizontal(map, from, 1);
      break;
    case "enter":
      to = vertical(map, from, 1, true) ?? reading(map, from, 1);
      break;
    case "shiftEnter":
      to = vertical(map, from, -1, true) ?? reading(map, from, -1);
      break;
  }
  return to?.key;
}
