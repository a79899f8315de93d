/**
 * HTML (a saved portal page, its source, or Word's "save as web page") to
 * SourceDocument. parse5 repairs the markup as a browser does; this walk turns
 * block elements into paragraphs and data tables into TableBlocks. Word-pasted
 * markup splits words and numbers over <span>/<font>/<o:p>: inline text is
 * joined, and whitespace that the source's own line breaks put between two
 * Chinese characters goes. A layout table that holds other tables (page
 * chrome) is walked as blocks, not read as data.
 */
import type { DefaultTreeAdapterTypes as T } from "parse5";
import type { Block, ParagraphBlock, SourceCell, SourceDocument, TableBlock } from "../document";
import { declaredCharset, decodeText } from "../decode";
import { parse5 } from "./parse5";

type Node = T.ChildNode | T.Document | T.ParentNode;

const SKIP = new Set(["head", "script", "style", "noscript", "template", "select", "button", "iframe", "svg", "object", "textarea", "input"]);
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "blockquote", "pre", "center",
  "header", "footer", "nav", "main", "aside", "dl", "dt", "dd", "form", "address", "figure", "figcaption", "caption", "hr", "body", "html",
]);
const EMPHASIS = new Set(["h1", "h2", "h3", "center"]);

const CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f";
const CJK_GAP = new RegExp(`([${CJK}])[\\s\u00a0]+(?=[${CJK}])`, "g");

/** Collapses HTML whitespace (and &nbsp;) and the gaps between Chinese characters. */
export function cleanInline(text: string): string {
  return text
    .replace(/[ \t\r\n\f\u00a0]+/g, " ")
    .replace(CJK_GAP, "$1")
    .trim();
}

const attrOf = (n: T.Element, name: string) => n.attrs.find((a) => a.name === name)?.value;

function alignOf(n: T.Element): ParagraphBlock["align"] | undefined {
  const a = (attrOf(n, "align") ?? /text-align\s*:\s*(\w+)/i.exec(attrOf(n, "style") ?? "")?.[1])?.toLowerCase();
  if (n.nodeName === "center") return "center";
  return a === "center" || a === "right" || a === "left" ? a : a === "justify" ? "justify" : undefined;
}

const isElement = (n: Node): n is T.Element => "tagName" in n;
const kids = (n: Node): T.ChildNode[] => ("childNodes" in n ? n.childNodes : []);
/** Hidden, or the page header/footer of a document saved as a web page (LibreOffice: title="footer"; Word: mso-element:footer). */
const hidden = (n: T.Element) =>
  /display\s*:\s*none|mso-element\s*:\s*(header|footer)/i.test(attrOf(n, "style") ?? "") || /^(header|footer)$/i.test(attrOf(n, "title") ?? "");

const LINE_BREAK = "\u2028";

function containsTable(n: Node): boolean {
  return kids(n).some((c) => isElement(c) && (c.nodeName === "table" || containsTable(c)));
}

/** A cell's text: its paragraphs joined by line breaks. */
function cellText(n: Node): string {
  const lines: string[] = [];
  let buf = "";
  const flush = () => {
    const t = cleanInline(buf);
    if (t) lines.push(t);
    buf = "";
  };
  const walk = (m: Node) => {
    for (const c of kids(m)) {
      if (c.nodeName === "#text") buf += (c as T.TextNode).value;
      else if (isElement(c)) {
        if (SKIP.has(c.nodeName) || hidden(c)) continue;
        if (c.nodeName === "br") {
          flush();
          continue;
        }
        const block = BLOCK.has(c.nodeName);
        if (block) flush();
        walk(c);
        if (block) flush();
      }
    }
  };
  walk(n);
  flush();
  return lines.join("\n");
}

function rowsOf(table: T.Element): T.Element[] {
  return kids(table).flatMap((c) =>
    !isElement(c) ? [] : c.nodeName === "tr" ? [c] : ["thead", "tbody", "tfoot"].includes(c.nodeName) ? rowsOf(c) : [],
  );
}

function tableBlock(table: T.Element): TableBlock {
  return {
    kind: "table",
    rows: rowsOf(table).map((tr) => ({
      cells: kids(tr)
        .filter((c): c is T.Element => isElement(c) && (c.nodeName === "td" || c.nodeName === "th") && !hidden(c))
        .map((td): SourceCell => {
          const colSpan = Math.min(50, Math.max(1, Number(attrOf(td, "colspan")) || 1));
          const rowSpan = Math.min(200, Math.max(1, Number(attrOf(td, "rowspan")) || 1));
          return { text: cellText(td), ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
        }),
    })),
  };
}

function pageTitle(doc: T.Document): string | undefined {
  const find = (n: Node): T.Element | undefined => {
    for (const c of kids(n)) {
      if (!isElement(c)) continue;
      if (c.nodeName === "title") return c;
      const hit = find(c);
      if (hit) return hit;
    }
    return undefined;
  };
  const t = find(doc);
  const text = t ? cleanInline(kids(t).map((c) => (c.nodeName === "#text" ? (c as T.TextNode).value : "")).join("")) : "";
  return text || undefined;
}

/** A table of one cell is a frame around content, not data. */
function isFrame(table: T.Element): boolean {
  const rows = rowsOf(table);
  return containsTable(table) || (rows.length === 1 && kids(rows[0]).filter((c) => isElement(c) && (c.nodeName === "td" || c.nodeName === "th")).length === 1);
}

export function htmlBlocks(html: string): Block[] {
  return htmlDocument(html).blocks;
}

function htmlDocument(html: string): { blocks: Block[]; title?: string } {
  const doc = parse5().parse(html);
  const blocks: Block[] = [];
  let buf = "";
  let emphasis = false;
  let align: ParagraphBlock["align"] | undefined;
  const flush = () => {
    // Only <br> breaks a line: a newline in the source is whitespace.
    for (const line of buf.split(LINE_BREAK)) {
      const text = cleanInline(line);
      if (text) blocks.push({ kind: "paragraph", text, ...(emphasis ? { emphasis } : {}), ...(align ? { align } : {}) });
    }
    buf = "";
    emphasis = false;
    align = undefined;
  };
  const walk = (n: Node, inEmphasis: boolean, inAlign: ParagraphBlock["align"] | undefined) => {
    for (const c of kids(n)) {
      if (c.nodeName === "#text") {
        const v = (c as T.TextNode).value;
        if (v.trim()) {
          if (inEmphasis) emphasis = true;
          if (inAlign) align = inAlign;
        }
        buf += v;
        continue;
      }
      if (!isElement(c) || SKIP.has(c.nodeName) || hidden(c)) continue;
      if (c.nodeName === "br") {
        buf += LINE_BREAK;
        continue;
      }
      if (c.nodeName === "table") {
        flush();
        if (isFrame(c)) {
          for (const tr of rowsOf(c)) for (const td of kids(tr)) walk(td, inEmphasis, inAlign);
          flush();
        } else {
          // A <caption> is often the section's heading (二、主动公开政府信息情况).
          for (const cap of kids(c)) if (isElement(cap) && cap.nodeName === "caption") for (const line of cellText(cap).split("\n")) blocks.push({ kind: "paragraph", text: line });
          blocks.push(tableBlock(c));
        }
        continue;
      }
      const block = BLOCK.has(c.nodeName) || c.nodeName === "tr" || c.nodeName === "td" || c.nodeName === "th";
      if (block) flush();
      walk(c, inEmphasis || EMPHASIS.has(c.nodeName), alignOf(c) ?? inAlign);
      if (block) flush();
    }
  };
  walk(doc, false, undefined);
  flush();
  return { blocks, title: pageTitle(doc) };
}

export function readHtml(bytes: Uint8Array): SourceDocument {
  const html = decodeText(bytes, declaredCharset(bytes));
  const { blocks, title } = htmlDocument(html);
  return { kind: "html", blocks, notes: [], ...(title ? { hints: { title } } : {}) };
}
