/**
 * The text Excel and WPS put on the clipboard for a block of cells: cells
 * separated by tabs, rows by CRLF (or LF; old Mac CR), a trailing line break,
 * and a cell that contains a line break or starts with a quote wrapped in
 * double quotes with inner quotes doubled.
 */

/** Rows of cell texts, as copied; rows may have different lengths (ragged). */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = "";
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      const close = quotedEnd(text, i);
      if (close !== -1) {
        cell = text.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      endCell();
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // Excel ends the block with a line break: no empty last row for it.
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/**
 * Index of the quote closing a quoted cell opened at `start`, or -1 when the
 * quote is just text (no closing quote followed by a separator or the end).
 */
function quotedEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === "\t" || next === "\r" || next === "\n" ? i : -1;
    }
    i++;
  }
  return -1;
}

/** True when the clipboard holds more than one cell or a whole copied cell (Excel's trailing newline). */
export function isBlock(text: string): boolean {
  return /[\t\r\n]/.test(text);
}
