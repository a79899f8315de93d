/**
 * Tables printed without rulings. Placeholder until the alignment reader lands:
 * finds none.
 */
import type { ReaderNote } from "../document";
import type { PageLayout, PageTable } from "./page-layout";
import type { TextLine } from "./text-lines";

export function alignedTables(page: PageLayout, notes: ReaderNote[]): { tables: PageTable[]; consumed: Set<TextLine> } {
  void page;
  void notes;
  return { tables: [], consumed: new Set() };
}
