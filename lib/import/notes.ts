import type { CellRef } from "../template";

/**
 * What the reader noticed, for the clerk or the reviewer who compares with the
 * published file:
 * - missing: a cell, a table or a text the file does not have (the cell stays blank);
 * - label-differs: the published label is not the template's (the note quotes it);
 * - layout: the file's structure differs from the template (an extra row, another format, no sub-heads);
 * - interpreted: a value read with a rule ("—" as 0, 万元 from 元, "+19" as 19);
 * - unsure: something that could not be read with confidence;
 * - reader: the format reader's own observation (a page footer removed, …).
 */
export type ImportNoteKind = "missing" | "label-differs" | "layout" | "interpreted" | "unsure" | "reader";

/** A narrative part of the report: preamble, overview (and its parts as overview.proactive …), problems, other, signature, title, or a table id. */
export type SectionKey = string;

export interface ImportNote {
  kind: ImportNoteKind;
  message: string;
  cell?: CellRef;
  section?: SectionKey;
  page?: number;
}
