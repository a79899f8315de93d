import "server-only";
/**
 * The text of a published file as its reader saw it (paragraphs, table rows
 * with their cells separated by tabs), shown beside the grid so the clerk can
 * compare what was read with what was published.
 */
import type { SourceDocument, SourceKind } from "@/lib/import/document";
import { readDocx } from "@/lib/import/docx";
import { readHtml } from "@/lib/import/html";
import { readText } from "@/lib/import/text";

export function blocksAsText(doc: SourceDocument): string {
  return doc.blocks
    .map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join("\t")).join("\n")))
    .join("\n");
}

/** PDFs are shown as the file itself (the browser's viewer), so their text is not read twice. */
export async function sourceTextOf(bytes: Uint8Array, kind: SourceKind): Promise<string> {
  try {
    if (kind === "docx") return blocksAsText(readDocx(bytes));
    if (kind === "html") return blocksAsText(readHtml(bytes));
    if (kind === "text") return blocksAsText(readText(bytes));
  } catch {
    // The reader already read this file once; a second failure only loses the text view.
  }
  return "";
}
