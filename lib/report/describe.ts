/**
 * Where a cell or a finding is, in words a clerk recognises from the printed
 * template: "表三 （一）予以公开 · 自然人". Everything comes from the template
 * (section numbers, the layout's row and column labels); the notes the
 * template prints in 楷体 inside a label are left out to keep it short.
 */
import { cellKey, findingCellRef } from "./cells";
import { FIELD_LABELS } from "./field-labels";
import type { Finding } from "./types";
import type { CellRef, Label, TableId, Template, TextKey } from "../template";
import { tableGrid, type GridInput } from "../template/layout";
import { leafRows } from "../template/rows";

const inputsCache = new WeakMap<Template, Map<string, GridInput>>();

function inputsByKey(template: Template): Map<string, GridInput> {
  let m = inputsCache.get(template);
  if (!m) {
    m = new Map();
    for (const id of ["proactive", "requests", "appeals"] as const) {
      for (const row of tableGrid(template, id).rows) {
        for (const c of row) if (c.type === "input") m.set(cellKey(c.ref), c);
      }
    }
    inputsCache.set(template, m);
  }
  return m;
}

/** Notes set in 楷体 inside a longer label (（二）部分公开（区分处理的…）) are dropped. */
function withoutNotes(text: string, template: Template): string {
  let out = text;
  for (const l of leafRows(template.tables.requests.rows) as Label[]) {
    if (l.kai && l.kai !== l.text) out = out.replace(l.kai, "");
  }
  return out;
}

/** 表二 / 表三 / 表四, from the section that prints the table. */
export function tableName(template: Template, table: TableId): string {
  const s = template.sections.find((x) => x.table === table);
  return s ? `表${s.number}` : table;
}

export function describeCell(template: Template, ref: CellRef): string {
  const input = inputsByKey(template).get(cellKey(ref));
  const t = tableName(template, ref.table);
  if (!input) return t;
  const row = withoutNotes(input.rowLabel, template);
  return row ? `${t} ${row} · ${input.columnLabel}` : `${t} ${input.columnLabel}`;
}

/** A whole row of a table (a finding with a row and no column). */
function describeRow(template: Template, table: TableId, row: string): string {
  const t = tableName(template, table);
  for (const input of inputsByKey(template).values()) {
    if (input.ref.table === table && input.ref.row === row) {
      return `${t} ${withoutNotes(input.rowLabel || input.columnLabel, template)}`;
    }
  }
  return t;
}

/** Report fields outside the template's sections: the clerk sees them on the 基本信息 step. */
const L = FIELD_LABELS;
const META_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries({
    "meta.publishUrl": L.publishUrl,
    "meta.contact.office": L.office,
    "meta.contact.address": L.address,
    "meta.contact.postcode": L.postcode,
    "meta.contact.phone": L.phone,
    "meta.contact.email": L.email,
    "meta.contact": L.contact,
    "meta.signedBy": L.signedBy,
    "meta.signedOn": L.signedOn,
    "meta.period": L.period,
    year: L.year,
    format: L.format,
    "organ.kind": L.organKind,
    organ: L.organName,
  }).map(([k, v]) => [k, `${L.basics} · ${v}`]),
);

export function describeField(template: Template, field: string): string {
  const parts = field.split(".");
  if (parts[0] === "text") {
    const key = parts[1] as TextKey;
    if (key === "preamble") return FIELD_LABELS.preamble;
    const section = template.sections.find((s) => s.text === key);
    const heading = section?.heading ?? key;
    if (key === "overview" && parts[2]) {
      if (parts[2] === "intro") return `${heading} · ${FIELD_LABELS.overviewIntro}`;
      const part = template.overviewParts.find((p) => p.key === parts[2]);
      return part ? `${heading} ${part.heading}` : heading;
    }
    return heading;
  }
  for (let n = parts.length; n > 0; n--) {
    const name = META_NAMES[parts.slice(0, n).join(".")];
    if (name) return name;
  }
  return field;
}

/** Text findings often open with their place ("六、其他需要报告的事项：…"), which a list item already shows. */
export function withoutPlace(message: string, where: string): string {
  return where && message.startsWith(`${where}：`) ? message.slice(where.length + 1) : message;
}

/** The location of a finding in words; "" when the finding is about the report as a whole. */
export function describeFinding(template: Template, f: Finding): string {
  const ref = findingCellRef(f);
  if (ref) return describeCell(template, ref);
  if (f.table && f.row !== undefined) return describeRow(template, f.table, f.row);
  if (f.table) return tableName(template, f.table);
  if (f.field) return describeField(template, f.field);
  return "";
}
