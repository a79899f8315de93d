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

function tableCells(line: string): SourceCell[] | null {
  if (line.includes("|")) {
    const parts = line.split("|");
    if (line.trimEnd().endsWith("|")) parts.pop();
    if (line.trimStart().startsWith("|")) parts.shift();
    return parts.map((p) => ({ text: p.trim() }));
  }
  if (/^\t[^\t]*$/.test(line)) return [{ text: line.slice(1).trim() }];
  if (line.includes("\t")) return line.split("\t").map((p) => ({ text: p.trim() }));
  return null;
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
    if (text) blocks.push({ kind: "paragraph", text });
  }
  endTable();
  return { blocks, hints };
}

export function readText(bytes: Uint8Array): SourceDocument {
  const { blocks, hints } = textBlocks(decodeText(bytes));
  return { kind: "text", blocks, notes: [], ...(hints && Object.keys(hints).length ? { hints } : {}) };
}
