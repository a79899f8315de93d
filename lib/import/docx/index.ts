/**
 * WordprocessingML to SourceDocument: body paragraphs and tables in order.
 * Text is gathered from every run however Word split it; field instructions
 * (w:instrText) and deleted text are skipped, the field's result is kept;
 * w:tab and w:br are spaces and line breaks. Table cells carry gridSpan and
 * vMerge as colSpan/rowSpan; the cells a vertical merge covers are left out.
 */
import { ImportRefusal, type Block, type ParagraphBlock, type SourceCell, type SourceDocument, type TableBlock } from "../document";
import { readZipParts, zipDirectory } from "../zip";
import { parsePlainXml, textContent, type XmlElement as Element } from "./xml";
import { parseXmlWithDom } from "./xml-dom";

const DOCUMENT_PART = "word/document.xml";
const CONTENT_TYPES = "[Content_Types].xml";

const children = (n: Element): Element[] => n.children.filter((c): c is Element => typeof c !== "string");

const local = (e: Element) => e.local;

function firstChild(e: Element, name: string): Element | undefined {
  return children(e).find((c) => local(c) === name);
}

function attr(e: Element | undefined, name: string): string | null {
  if (!e) return null;
  return e.attrs.get(`w:${name}`) ?? e.attrs.get(name) ?? null;
}

/** The visible text of a paragraph (or of anything holding runs). */
function runText(e: Element): string {
  let out = "";
  const walk = (n: Element) => {
    for (const c of children(n)) {
      const name = local(c);
      if (name === "t") out += textContent(c);
      else if (name === "tab") out += "\t";
      else if (name === "br" || name === "cr") out += "\n";
      else if (name === "instrText" || name === "delText" || name === "del" || name === "rPr" || name === "pPr") continue;
      // One of the alternatives only (the Choice), or text boxes would be read twice.
      else if (name === "AlternateContent") {
        const first = children(c)[0];
        if (first) walk(first);
      }
      else walk(c);
    }
  };
  walk(e);
  return out;
}

function paragraphBlock(p: Element): ParagraphBlock {
  const pPr = firstChild(p, "pPr");
  const jc = attr(pPr && firstChild(pPr, "jc"), "val");
  const align = jc === "center" ? "center" : jc === "right" || jc === "end" ? "right" : jc === "both" ? "justify" : undefined;
  const numbered = Boolean(pPr && firstChild(pPr, "numPr"));
  return {
    kind: "paragraph",
    text: runText(p),
    ...(align ? { align } : {}),
    ...(align === "center" ? { emphasis: true } : {}),
    ...(numbered ? { numbered } : {}),
  };
}

interface RawCell {
  text: string;
  col: number;
  span: number;
  merge: "none" | "restart" | "continue";
}

function cellText(tc: Element): string {
  const parts: string[] = [];
  const walk = (n: Element) => {
    for (const c of children(n)) {
      const name = local(c);
      if (name === "p") parts.push(runText(c));
      else if (name === "tbl") walk(c);
      else if (name === "tcPr") continue;
      else walk(c);
    }
  };
  walk(tc);
  return parts.join("\n");
}

function tableBlock(tbl: Element): TableBlock {
  const rawRows: RawCell[][] = [];
  const rowsOf = (n: Element): Element[] =>
    children(n).flatMap((c) => (local(c) === "tr" ? [c] : local(c) === "sdt" || local(c) === "sdtContent" || local(c) === "customXml" ? rowsOf(c) : []));
  for (const tr of rowsOf(tbl)) {
    const trPr = firstChild(tr, "trPr");
    const before = Number(attr(trPr && firstChild(trPr, "gridBefore"), "val") ?? 0) || 0;
    let col = before;
    const row: RawCell[] = [];
    const cellsOf = (n: Element): Element[] =>
      children(n).flatMap((c) => (local(c) === "tc" ? [c] : local(c) === "sdt" || local(c) === "sdtContent" || local(c) === "customXml" ? cellsOf(c) : []));
    for (const tc of cellsOf(tr)) {
      const tcPr = firstChild(tc, "tcPr");
      const span = Math.max(1, Number(attr(tcPr && firstChild(tcPr, "gridSpan"), "val") ?? 1) || 1);
      const vm = tcPr && firstChild(tcPr, "vMerge");
      const merge = !vm ? "none" : attr(vm, "val") === "restart" ? "restart" : "continue";
      row.push({ text: cellText(tc), col, span, merge });
      col += span;
    }
    rawRows.push(row);
  }
  const rows = rawRows.map((row, ri) => ({
    cells: row
      .filter((c) => c.merge !== "continue")
      .map((c): SourceCell => {
        let rowSpan = 1;
        if (c.merge === "restart") {
          while (rawRows[ri + rowSpan]?.some((d) => d.col === c.col && d.merge === "continue")) rowSpan++;
        }
        return { text: c.text, ...(c.span > 1 ? { colSpan: c.span } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
      }),
  }));
  return { kind: "table", rows };
}

function bodyBlocks(body: Element): Block[] {
  const out: Block[] = [];
  for (const c of children(body)) {
    const name = local(c);
    if (name === "p") out.push(paragraphBlock(c));
    else if (name === "tbl") out.push(tableBlock(c));
    else if (name === "sdt" || name === "sdtContent" || name === "customXml" || name === "ins") out.push(...bodyBlocks(c));
  }
  return out;
}

export function readDocx(bytes: Uint8Array): SourceDocument {
  const dir = zipDirectory(bytes);
  if (dir.names.some((n) => /vbaProject\.bin$/i.test(n))) {
    throw new ImportRefusal("unsupported", "这份 Word 文档含有宏（.docm），为安全起见不予读取；请另存为普通的 .docx 后再导入。");
  }
  if (!dir.names.includes(DOCUMENT_PART)) throw new ImportRefusal("corrupt", "文件已损坏：这不是有效的 Word 文档（缺少正文部分）。");
  const parts = readZipParts(bytes, dir, [DOCUMENT_PART, CONTENT_TYPES]);
  const types = parts[CONTENT_TYPES] ? new TextDecoder().decode(parts[CONTENT_TYPES]) : "";
  if (/macroEnabled/i.test(types)) {
    throw new ImportRefusal("unsupported", "这份 Word 文档含有宏（.docm），为安全起见不予读取；请另存为普通的 .docx 后再导入。");
  }
  const xml = new TextDecoder().decode(parts[DOCUMENT_PART]);
  let body: Element | undefined;
  try {
    const root = parsePlainXml(xml) ?? parseXmlWithDom(xml);
    body = root && firstChild(root, "body");
  } catch {
    throw new ImportRefusal("corrupt", "文件已损坏：Word 文档的正文无法解析。");
  }
  if (!body) throw new ImportRefusal("corrupt", "文件已损坏：Word 文档的正文无法解析。");
  const blocks = bodyBlocks(body);
  const hasText = blocks.some((b) => (b.kind === "paragraph" ? b.text.trim() : b.rows.some((r) => r.cells.some((c) => c.text.trim()))));
  if (!hasText) throw new ImportRefusal("empty", "这是一份空白的 Word 文档，没有可读取的内容。");
  return { kind: "docx", blocks, notes: [] };
}
