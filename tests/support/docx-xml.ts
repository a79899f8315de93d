/**
 * Just enough of WordprocessingML to assert on a .docx in tests: the parts of
 * the zip, the body's paragraphs and tables, each table cell with its grid
 * column, gridSpan, vMerge, width and text. Regular expressions suffice because
 * the generator writes no nested tables.
 */
import JSZip from "jszip";

export interface DocxParts {
  files: Record<string, string>;
  document: string;
  styles: string;
  settings: string;
  headers: string[];
  footers: string[];
}

export async function openDocx(data: Uint8Array | Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith(".xml") || name.endsWith(".rels")) files[name] = await zip.file(name)!.async("string");
  }
  const matching = (re: RegExp) => Object.keys(files).filter((n) => re.test(n)).sort().map((n) => files[n]);
  return {
    files,
    document: files["word/document.xml"],
    styles: files["word/styles.xml"],
    settings: files["word/settings.xml"],
    headers: matching(/^word\/header\d*\.xml$/),
    footers: matching(/^word\/footer\d*\.xml$/),
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** All text of a fragment (the w:t elements, in order). */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join("");
}

export const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<w:${element}\\b[^>]*\\sw:${name}="([^"]*)"`).exec(xml)?.[1];

export const blocks = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<w:${tag}(?=[\\s>])[\\s\\S]*?</w:${tag}>`, "g"))].map((m) => m[0]);

export interface DocxCell {
  xml: string;
  text: string;
  /** First grid column the cell covers. */
  column: number;
  gridSpan: number;
  vMerge?: "restart" | "continue";
  width: number;
}

export interface DocxTable {
  xml: string;
  grid: number[];
  rows: { xml: string; cells: DocxCell[] }[];
}

export function tablesOf(documentXml: string): DocxTable[] {
  return blocks(documentXml, "tbl").map((xml) => {
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const rows = blocks(xml, "tr").map((rowXml) => {
      let column = 0;
      const cells = blocks(rowXml, "tc").map((tc): DocxCell => {
        const gridSpan = Number(attr(tc, "gridSpan", "val") ?? 1);
        const merge = /<w:vMerge\b([^>]*)\/>/.exec(tc);
        const cell: DocxCell = {
          xml: tc,
          text: textOf(tc),
          column,
          gridSpan,
          ...(merge ? { vMerge: /w:val="restart"/.test(merge[1]) ? "restart" : "continue" } : {}),
          width: Number(attr(tc, "tcW", "w")),
        };
        column += gridSpan;
        return cell;
      });
      return { xml: rowXml, cells };
    });
    return { xml, grid, rows };
  });
}

/** Paragraphs of the body outside tables, with their text. */
export function bodyParagraphsOf(documentXml: string): { xml: string; text: string }[] {
  const body = documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "<w:p><w:t>[TABLE]</w:t></w:p>");
  return blocks(body, "p").map((xml) => ({ xml, text: textOf(xml) }));
}

/** Rows a vertically merged cell covers: its restart row and the continue cells below it in the same column. */
export function mergedRowCount(table: DocxTable, rowIndex: number, column: number): number {
  let n = 1;
  for (let r = rowIndex + 1; r < table.rows.length; r++) {
    const below = table.rows[r].cells.find((c) => c.column === column);
    if (below?.vMerge !== "continue") break;
    n++;
  }
  return n;
}

/** The cell that starts at `text` in a table, with its row index. */
export function findCell(table: DocxTable, text: string): { cell: DocxCell; row: number } | undefined {
  for (let r = 0; r < table.rows.length; r++) {
    const cell = table.rows[r].cells.find((c) => c.text === text && c.vMerge !== "continue");
    if (cell) return { cell, row: r };
  }
  return undefined;
}

/** The w:style element of a style id in styles.xml. */
export function styleXml(styles: string, id: string): string | undefined {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];
}

/**
 * An attribute as Word resolves it for the first paragraph of a fragment:
 * the paragraph's (or run's) own value, else its paragraph style's, following basedOn.
 */
export function effectiveAttr(xml: string, styles: string, element: string, name: string): string | undefined {
  const own = attr(xml, element, name);
  if (own !== undefined) return own;
  let id = attr(xml, "pStyle", "val");
  for (let depth = 0; id && depth < 10; depth++) {
    const style = styleXml(styles, id);
    if (!style) return undefined;
    const value = attr(style, element, name);
    if (value !== undefined) return value;
    id = attr(style, "basedOn", "val");
  }
  return undefined;
}
