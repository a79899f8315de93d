/**
 * What changed between two versions of a report (the last submission and now),
 * for the supervisor: every cell and paragraph whose value differs, labelled in
 * the template's own words. Computed cells (the template's sums) are not counted: they
 * change with the cells they add up, which are listed themselves. Pure.
 */
import { FIELD_LABELS } from "./field-labels";
import { getTemplate, type CellRef } from "../template";
import { inputCells, tableGrid } from "../template/layout";
import { cellKey, getCell } from "./cells";
import type { Cell, Report } from "./types";

export interface CellChange {
  kind: "cell";
  ref: CellRef;
  /** cellKey(ref), e.g. "requests/granted/0". */
  key: string;
  /** Section heading of the table, e.g. 三、收到和处理政府信息公开申请情况. */
  table: string;
  /** Row and column labels of the cell. */
  label: string;
  before: Cell;
  after: Cell;
}

export interface TextChange {
  kind: "text";
  /** Path in the report: text.problems, text.overview.onRequest, meta.signedOn … */
  field: string;
  label: string;
  before: string;
  after: string;
}

export type Change = CellChange | TextChange;

/** The narrative fields in reading order, with the template's headings where it has them. */
export function textFields(report: Report): { field: string; label: string; get: (r: Report) => string }[] {
  const t = getTemplate(report.format);
  const heading = (key: string) => t.sections.find((s) => s.text === key)?.heading ?? key;
  const overview = heading("overview");
  return [
    { field: "text.preamble", label: FIELD_LABELS.preamble, get: (r) => r.text.preamble },
    { field: "text.overview.intro", label: `${overview} · ${FIELD_LABELS.overviewIntro}`, get: (r) => r.text.overview.intro ?? "" },
    ...t.overviewParts.map((p) => ({
      field: `text.overview.${p.key}`,
      label: `${overview} ${p.heading}`,
      get: (r: Report) => r.text.overview[p.key] ?? "",
    })),
    { field: "text.problems", label: heading("problems"), get: (r) => r.text.problems },
    { field: "text.other", label: heading("other"), get: (r) => r.text.other },
    { field: "meta.signedBy", label: FIELD_LABELS.signedBy, get: (r) => r.meta.signedBy ?? "" },
    { field: "meta.signedOn", label: FIELD_LABELS.signedOn, get: (r) => r.meta.signedOn ?? "" },
    { field: "meta.publishUrl", label: FIELD_LABELS.publishUrl, get: (r) => r.meta.publishUrl ?? "" },
  ];
}

/** Changes from `before` to `after`, tables first (in the template's order), then texts. */
export function diffReports(before: Report, after: Report): Change[] {
  const t = getTemplate(after.format);
  const titles = new Map((["proactive", "requests", "appeals"] as const).map((id) => [id, tableGrid(t, id).title]));
  const changes: Change[] = [];
  for (const c of inputCells(t)) {
    if (c.derived) continue;
    const a = getCell(before, c.ref);
    const b = getCell(after, c.ref);
    if (a === b) continue;
    changes.push({ kind: "cell", ref: c.ref, key: cellKey(c.ref), table: titles.get(c.ref.table) ?? "", label: c.name, before: a, after: b });
  }
  for (const f of textFields(after)) {
    const a = f.get(before);
    const b = f.get(after);
    if (a.trim() === b.trim()) continue;
    changes.push({ kind: "text", field: f.field, label: f.label, before: a, after: b });
  }
  return changes;
}

/** "空" for a blank cell, else the number as the clerk typed it. */
export function cellText(v: Cell): string {
  return v === null ? "空" : String(v);
}

export { diffText, type DiffSegment } from "./text-diff";
