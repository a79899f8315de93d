/**
 * What every format reader (PDF, .docx, HTML, plain text) hands to the placer:
 * the published document as blocks in reading order. The readers know file
 * formats and nothing of the template; the placer (lib/import) knows the
 * template and nothing of file formats.
 */

/** One cell as the source has it, before merges are expanded to the grid. */
export interface SourceCell {
  text: string;
  /** Grid columns the cell covers (HTML colspan, .docx gridSpan). Default 1. */
  colSpan?: number;
  /** Rows the cell covers (HTML rowspan, .docx vMerge). Default 1. */
  rowSpan?: number;
}

export interface SourceRow {
  cells: SourceCell[];
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
  /** 1-based page, where the source has pages (PDF). */
  page?: number;
  /** Centred, bold or large: a title or heading by its look, where the reader can tell. */
  emphasis?: boolean;
  /** Paragraph alignment where the source says it (the 落款 is right-aligned). */
  align?: "left" | "center" | "right" | "justify";
}

export interface TableBlock {
  kind: "table";
  rows: SourceRow[];
  /** Page of the table's first row (PDF). */
  page?: number;
}

export type Block = ParagraphBlock | TableBlock;

export type SourceKind = "pdf" | "docx" | "html" | "text";

/** A reader's own observation (a page footer removed inside a table, a table continued on the next page …). */
export interface ReaderNote {
  message: string;
  page?: number;
}

export interface SourceDocument {
  kind: SourceKind;
  blocks: Block[];
  /** Pages in the source (PDF), for notes and the side-by-side view. */
  pages?: number;
  notes: ReaderNote[];
  /** What the source says about itself outside the text (a saved page's header lines: its address, the year). */
  hints?: { year?: number; sourceUrl?: string; /** The page's own title (HTML <title>), where the body has none. */ title?: string };
}

/** Why a file cannot be read at all; `message` is shown to the user as is (Chinese). */
export type RefusalCode = "scan" | "not-report" | "corrupt" | "too-large" | "encrypted" | "unsupported" | "empty";

export class ImportRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "ImportRefusal";
  }
}
