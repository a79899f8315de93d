/**
 * The web version as plain text, the clipboard's second flavour for an editor
 * that takes no HTML: paragraphs on their own lines, table rows with their cells
 * separated by tabs (a merged cell once, where it starts).
 */
import { formatCellValue } from "../docx/cell-value";
import { getCell } from "../report/cells";
import type { Report } from "../report/types";
import { webBlocks } from "./blocks";

export function renderPlainText(report: Report): string {
  const { report: safe, blocks } = webBlocks(report);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "table") {
      for (const row of b.grid.rows) {
        out.push(row.map((c) => (c.type === "input" ? formatCellValue(getCell(safe, c.ref), c.kind) : c.text)).join("\t"));
      }
    } else if (b.kind === "signature") out.push(...b.lines);
    else out.push(b.kind === "paragraph" ? `　　${b.text}` : b.text);
  }
  return `${out.join("\n")}\n`;
}
