/**
 * The PDF reader: a published report exported from WPS or Word (a PDF with a
 * text layer) as blocks in reading order — paragraphs, and tables rebuilt from
 * their rulings with merged cells as spans. A scan, an encrypted or a broken
 * file is refused with its reason.
 */
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { ImportRefusal, type Block, type ReaderNote, type SourceDocument } from "../document";
import { alignedTables } from "./aligned-tables";
import { asJoined, continues, join, type JoinedTable } from "./continued-tables";
import { openPdf } from "./open-pdf";
import { readPage, type PageLayout } from "./page-layout";
import { measureText, paragraphsOf, type PageLine } from "./paragraphs";
import { PDF_REFUSALS } from "./refusals";
import { sourceRows } from "./source-rows";
import { dropRunningHeads } from "./running-heads";

/** A year's report runs to a dozen pages; far more is not one report. */
export const MAX_PAGES = 100;
/** Fewer characters than this in the whole text layer: nothing to read. */
const MIN_GLYPHS = 10;

type Item = { kind: "line"; line: PageLine; y: number } | { kind: "table"; table: JoinedTable; y: number };

export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  const doc = await openPdf(bytes);
  try {
    return await readDocument(doc);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readDocument(doc: PDFDocumentProxy): Promise<SourceDocument> {
  if (doc.numPages > MAX_PAGES) throw new ImportRefusal("too-large", PDF_REFUSALS.tooManyPages(doc.numPages, MAX_PAGES));
  const pages: PageLayout[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n), n));
  } catch (e) {
    if (e instanceof ImportRefusal) throw e;
    throw new ImportRefusal("corrupt", PDF_REFUSALS.corrupt);
  }
  const glyphs = pages.reduce((s, p) => s + p.glyphCount, 0);
  if (glyphs < MIN_GLYPHS) throw new ImportRefusal(pages.some((p) => p.hasImages) ? "scan" : "empty", pages.some((p) => p.hasImages) ? PDF_REFUSALS.scan : PDF_REFUSALS.empty);
  const notes: ReaderNote[] = pages.flatMap((p) => p.notes);
  const scanned = pages.filter((p) => p.glyphCount === 0 && p.hasImages).map((p) => p.page);
  if (scanned.length) notes.push({ page: scanned[0], message: `第${scanned.join("、")}页是扫描图像，没有文字层，这些页的内容未能读取` });
  dropRunningHeads(pages, notes);

  // Everything in reading order, page by page; a table continued from the
  // previous page joins that table when nothing else came between.
  const items: Item[] = [];
  for (const page of pages) {
    const lineless = alignedTables(page, notes);
    const onPage: Item[] = [
      ...page.lines.filter((l) => !lineless.consumed.has(l)).map((line) => ({ kind: "line" as const, line: { ...line, page: page.page }, y: line.cy })),
      ...[...page.tables, ...lineless.tables].map((t) => ({ kind: "table" as const, table: asJoined(t), y: t.y0 })),
    ].sort((p, q) => p.y - q.y);
    const first = onPage[0];
    const last = items[items.length - 1];
    const firstTable = first?.kind === "table" ? page.tables.find((t) => asJoined(t).cells === first.table.cells) : undefined;
    if (first && firstTable && last?.kind === "table" && last.table.page < page.page && continues(last.table, firstTable)) {
      last.table = join(last.table, firstTable, notes);
      onPage.shift();
    }
    items.push(...onPage);
  }

  const measure = measureText(items.flatMap((i) => (i.kind === "line" ? [i.line] : [])));
  const blocks: Block[] = [];
  let run: PageLine[] = [];
  const flush = () => {
    for (const p of paragraphsOf(run, measure)) blocks.push({ kind: "paragraph", text: p.text, page: p.page, ...(p.emphasis ? { emphasis: true } : {}) });
    run = [];
  };
  for (const item of items) {
    if (item.kind === "line") run.push(item.line);
    else {
      flush();
      blocks.push({ kind: "table", rows: sourceRows(item.table), page: item.table.page });
    }
  }
  flush();
  return { kind: "pdf", blocks, pages: pages.length, notes: dedupe(notes) };
}

const dedupe = (notes: ReaderNote[]) => notes.filter((n, i) => notes.findIndex((m) => m.message === n.message && m.page === n.page) === i);
