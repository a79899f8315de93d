/**
 * Where a supervisor's comment points: a paragraph ("section:<text path>", e.g.
 * section:problems, section:overview.onRequest) or a table cell
 * ("cell:<table>/<row>/<column>", the cellKey of lib/report/cells). Pure.
 */
import { cellKey, parseCellKey } from "../report/cells";
import { textFields } from "../report/diff";
import type { Report } from "../report/types";
import { getTemplate, type CellRef, type FormatId } from "../template";
import { inputCells, tableGrid } from "../template/layout";

export type Anchor = { kind: "cell"; ref: CellRef; key: string } | { kind: "section"; key: string };

export function cellAnchor(ref: CellRef): string {
  return `cell:${cellKey(ref)}`;
}

export function sectionAnchor(textKey: string): string {
  return `section:${textKey}`;
}

export function parseAnchor(anchor: string): Anchor | undefined {
  if (anchor.startsWith("cell:")) {
    const ref = parseCellKey(anchor.slice(5));
    return ref ? { kind: "cell", ref, key: cellKey(ref) } : undefined;
  }
  if (anchor.startsWith("section:") && anchor.length > 8) return { kind: "section", key: anchor.slice(8) };
  return undefined;
}

/** Section keys a comment may point at: the six sections' texts and the parts of 一、总体情况. */
function sectionLabels(report: Report): Map<string, string> {
  const t = getTemplate(report.format);
  const out = new Map<string, string>();
  for (const f of textFields(report)) if (f.field.startsWith("text.")) out.set(f.field.slice(5), f.label);
  for (const s of t.sections) {
    if (s.text) out.set(s.text, s.heading);
    if (s.table) out.set(s.table, s.heading);
  }
  return out;
}

/** The words a person reads for an anchor ("三、收到和处理… 一、本年新收… 自然人"), or undefined if it points nowhere in this format. */
export function anchorLabel(report: Report, anchor: string): string | undefined {
  const a = parseAnchor(anchor);
  if (!a) return undefined;
  if (a.kind === "section") return sectionLabels(report).get(a.key);
  const t = getTemplate(report.format as FormatId);
  const cell = inputCells(t).find((c) => cellKey(c.ref) === a.key);
  return cell ? `${tableGrid(t, a.ref.table).title} ${cell.name}` : undefined;
}
