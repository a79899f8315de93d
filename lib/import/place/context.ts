import type { CellRef, FormatId, Template } from "../../template";
import { leafRows } from "../../template";
import type { ImportNote } from "../notes";

/** Where a placed value goes and what the placer noticed, shared by the table readers. */
export interface PlaceContext {
  template: Template;
  notes: ImportNote[];
}

/** A cell in words, for notes: 表三 （三）1.属于国家秘密 · 自然人. */
export function cellName(template: Template, ref: CellRef): string {
  const { proactive, requests, appeals } = template.tables;
  if (ref.table === "proactive") {
    const block = proactive.blocks.find((b) => b.rows.some((r) => r.key === ref.row));
    const row = block?.rows.find((r) => r.key === ref.row);
    const field = block?.fields.find((f) => f.key === ref.column);
    return `表二 ${row?.label ?? ref.row} · ${field?.label ?? ref.column}`;
  }
  if (ref.table === "requests") {
    const row = leafRows(requests.rows).find((r) => r.id === ref.row);
    return `表三 ${row?.short ?? ref.row} ${row ? row.text.replace(/^(（[^）]+）|[一二三四五六七八九十]+、)/, "") : ""} · ${requests.columns[ref.column]?.label ?? ref.column}`;
  }
  const group = appeals.groups.find((g) => g.key === ref.row);
  return `表四 ${group?.label ?? ref.row} · ${appeals.columns[ref.column]?.label ?? ref.column}`;
}

/** 表二 / 表三 / 表四 from the section that holds the table. */
export function tableName(template: Template, table: CellRef["table"]): string {
  const s = template.sections.find((x) => x.table === table);
  return `表${s?.number ?? ""}`;
}

export type { FormatId };
