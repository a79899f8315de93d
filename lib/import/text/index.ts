/**
 * Plain text pasted from a browser or Word to SourceDocument. A table copied
 * from Word comes one cell per line, each line starting with a tab, rows
 * separated by blank lines; from a browser or Excel, a row per line with its
 * cells separated by tabs; from a stored page copy, cells ended by "|". Every
 * other line is a paragraph (a heading is a line of its own).
 */
import type { Block, SourceCell, SourceDocument, TableBlock } from "../document";
import { decodeText } from "../decode";

/** Header lines of a stored page copy: "source: http://…", "year: 2020". */
const HINT = /^(source|year)\s*:\s*(.+)$/i;

const NUMERIC = /^[-+]?\d[\d,，.]*(?:万元|元|件)?$|^[-—–/／]$/;

/**
 * A row copied from a PDF viewer or a web page without tabs: a label, then
 * numbers separated by spaces ("规章   1   0   11"), or numbers alone ("72 64 178 …").
 * A sentence (punctuation) or fewer than two numbers stays a paragraph.
 */
function spacedRow(line: string): SourceCell[] | null {
  const parts = line.trim().split(/[\s\u3000]+/);
  let k = parts.length;
  while (k > 0 && NUMERIC.test(parts[k - 1])) k--;
  const numbers = parts.slice(k);
  const head = parts.slice(0, k).join("");
  if (numbers.length < 2 && !(numbers.length === 1 && head && /[\s\u3000]{2,}\S+$/.test(line.trimEnd()))) return null;
  if (head && (head.length > 60 || /[。，；：,;:！？]/.test(head) || !/[\u4e00-\u9fff]/.test(head))) return null;
  if (!head && numbers.length < 3) return null;
  return [...(head ? [{ text: head }] : []), ...numbers.map((text) => ({ text }))];
}

function tableCells(line: string): SourceCell[] | null {
  if (line.includes("|")) {
    const parts = line.split("|");
    if (line.trimEnd().endsWith("|")) parts.pop();
    if (line.trimStart().startsWith("|")) parts.shift();
    return parts.map((p) => ({ text: p.trim() }));
  }
  if (/^\t[^\t]*$/.test(line)) return [{ text: line.slice(1).trim() }];
  if (line.includes("\t")) return line.split("\t").map((p) => ({ text: p.trim() }));
  return spacedRow(line);
}

export function textBlocks(text: string): { blocks: Block[]; hints: SourceDocument["hints"] } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const hints: NonNullable<SourceDocument["hints"]> = {};
  let i = 0;
  for (; i < Math.min(lines.length, 3); i++) {
    const m = HINT.exec(lines[i].trim());
    if (!m) break;
    if (m[1].toLowerCase() === "year" && /^\d{4}$/.test(m[2].trim())) hints.year = Number(m[2].trim());
    else if (m[1].toLowerCase() === "source") hints.sourceUrl = m[2].trim();
  }
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let row: SourceCell[] = [];
  const endRow = () => {
    if (table && row.length) table.rows.push({ cells: row });
    row = [];
  };
  const endTable = () => {
    endRow();
    if (table && table.rows.length) blocks.push(table);
    table = null;
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    const cells = tableCells(line);
    if (cells) {
      if (!table) table = { kind: "table", rows: [] };
      // A line of one cell (Word's copy) adds to the row; a line of several is a row of its own.
      if (/^\t[^\t]*$/.test(line) && !line.includes("|")) row.push(...cells);
      else {
        endRow();
        if (cells.length) table.rows.push({ cells });
      }
      continue;
    }
    if (!line.trim()) {
      endRow();
      continue;
    }
    endTable();
    // Text copied from a Markdown rendering keeps its marks: "## 一、总体情况", "**（一）…。**".
    const text = line.trim().replace(/^#{1,6}\s+/, "").replace(/\*\*/g, "");
    // A layout copy sets header cells apart with runs of spaces ("自然人      总计"); a sentence keeps its spaces.
    const pieces = /[。，；]/.test(text) ? [text] : text.split(/[ \u3000]{3,}/);
    for (const piece of pieces) if (piece.trim()) blocks.push({ kind: "paragraph", text: piece.trim() });
  }
  endTable();
  return { blocks, hints };
}

export function readText(bytes: Uint8Array): SourceDocument {
  const { blocks, hints } = textBlocks(decodeText(bytes));
  return { kind: "text", blocks, notes: [], ...(hints && Object.keys(hints).length ? { hints } : {}) };
}
