/**
 * A small XML reader for the plain WordprocessingML that Word, WPS and
 * LibreOffice write: elements (qualified name, local name, attributes by
 * qualified name, children) and their text, nothing else. A .docx's
 * document.xml holds every run and every property, and the reader looks at a
 * few dozen kinds of element; building a W3C DOM for it (xmldom checks every
 * name against a Unicode regex and makes a node per attribute) was four fifths
 * of a .docx import.
 *
 * It reads only markup it is sure of and gives up (undefined) on anything
 * else — a DOCTYPE, a processing instruction, a name outside ASCII or with an
 * undeclared prefix, an entity other than the five of XML, an unquoted or
 * repeated attribute, a tag left open or closed out of order, a control
 * character — so that xmldom (xml-dom.ts) reads, repairs or refuses those
 * files exactly as before. What it reads it reads as xmldom does: line
 * ends normalised first (XML 1.1, as xmldom), references decoded, tabs and line
 * breaks in attribute values read as spaces, CDATA as text, comments and the
 * XML declaration skipped.
 */

export interface XmlElement {
  name: string;
  local: string;
  attrs: Map<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Not plain markup: leave the file to the full parser. */
class NotPlain extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;
const DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>/;
/** Characters XML does not allow (or that only the full parser should judge). */
const UNUSUAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFD-\uFFFF]/;

function decode(text: string): string {
  if (!text.includes("&")) return text;
  let count = 0;
  const out = text.replace(REFERENCE, (_whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    count++;
    if (name) return ENTITIES[name];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    // Only ordinary characters; anything else the full parser judges.
    if (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code > 0xfffd && code < 0x10000 ? true : code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new NotPlain();
    return String.fromCodePoint(code);
  });
  // Every "&" must have started a reference.
  if (count !== text.split("&").length - 1) throw new NotPlain();
  return out;
}

const normalizeLineEnds = (xml: string) => (/[\r\u0085\u2028\u2029]/.test(xml) ? xml.replace(/\r[\n\u0085]/g, "\n").replace(/[\r\u0085\u2028\u2029]/g, "\n") : xml);

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Where a name ends: at a space, "/", ">", "=" or the end. */
function nameEnd(xml: string, i: number): number {
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
    i++;
  }
  return i;
}

function element(name: string): XmlElement {
  if (!NAME.test(name)) throw new NotPlain();
  const colon = name.indexOf(":");
  return { name, local: colon < 0 ? name : name.slice(colon + 1), attrs: new Map(), children: [] };
}

/** The document element of plain markup, or undefined: then the full parser must read it. */
export function parsePlainXml(source: string): XmlElement | undefined {
  try {
    return parse(normalizeLineEnds(source));
  } catch (e) {
    if (e instanceof NotPlain) return undefined;
    throw e;
  }
}

function parse(xml: string): XmlElement {
  if (UNUSUAL.test(xml)) throw new NotPlain();
  const n = xml.length;
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  const scope = new Prefixes();
  const text = (t: string) => {
    if (t.includes("]]>")) throw new NotPlain(); // not allowed in text
    if (stack.length) stack[stack.length - 1].children.push(decode(t));
    else if (t.trim()) throw new NotPlain();
  };
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      text(xml.slice(i));
      break;
    }
    if (lt > i) text(xml.slice(i, lt));
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0 || xml.slice(lt + 4, end).includes("--")) throw new NotPlain();
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0 || !stack.length) throw new NotPlain();
      stack[stack.length - 1].children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith("<?", lt)) {
      // The XML declaration, first and as Word writes it; any other processing instruction is not WordprocessingML's.
      const declaration = lt === 0 ? DECLARATION.exec(xml) : null;
      if (!declaration) throw new NotPlain();
      i = declaration[0].length;
    } else if (xml.startsWith("<!", lt)) {
      throw new NotPlain(); // a DOCTYPE or a declaration: not in WordprocessingML
    } else if (xml.charCodeAt(lt + 1) === 0x2f) {
      const end = xml.indexOf(">", lt + 2);
      const name = end < 0 ? "" : xml.slice(lt + 2, end).trimEnd();
      if (!stack.length || stack[stack.length - 1].name !== name) throw new NotPlain();
      scope.leave(stack.pop() as XmlElement);
      i = end + 1;
    } else {
      if (root && !stack.length) throw new NotPlain(); // a second document element
      const [el, after, selfClosing] = startTag(xml, lt + 1);
      scope.enter(el);
      if (stack.length) stack[stack.length - 1].children.push(el);
      else root = el;
      if (selfClosing) scope.leave(el);
      else stack.push(el);
      i = after;
    }
  }
  if (!root || stack.length) throw new NotPlain();
  return root;
}

/** A start tag read from just after its "<": the element, where the markup goes on, whether it closed itself. */
function startTag(xml: string, from: number): [XmlElement, number, boolean] {
  const n = xml.length;
  const end = nameEnd(xml, from);
  const el = element(xml.slice(from, end));
  let i = end;
  for (;;) {
    const before = i;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) throw new NotPlain();
    const c = xml.charCodeAt(i);
    if (c === 0x3e) return [el, i + 1, false];
    if (c === 0x2f) {
      if (xml.charCodeAt(i + 1) !== 0x3e) throw new NotPlain();
      return [el, i + 2, true];
    }
    // An attribute: a space before it, a name, "=", a quoted value without "<".
    if (i === before) throw new NotPlain();
    const nameStop = nameEnd(xml, i);
    const name = xml.slice(i, nameStop);
    if (!NAME.test(name) || el.attrs.has(name) || xml.charCodeAt(nameStop) !== 0x3d) throw new NotPlain();
    const quote = xml[nameStop + 1];
    if (quote !== '"' && quote !== "'") throw new NotPlain();
    const close = xml.indexOf(quote, nameStop + 2);
    if (close < 0) throw new NotPlain();
    const value = xml.slice(nameStop + 2, close);
    if (value.includes("<")) throw new NotPlain();
    el.attrs.set(name, decode(value.replace(/[\t\n\r]/g, " ")));
    i = close + 1;
  }
}

const prefixOf = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? undefined : name.slice(0, colon);
};

/** The namespace prefixes declared around the current element: a name with any other prefix is left to xmldom, which refuses it. */
class Prefixes {
  private counts = new Map<string, number>([["xml", 1]]);

  enter(el: XmlElement) {
    for (const [name, value] of el.attrs) {
      if (prefixOf(name) !== "xmlns") continue;
      const prefix = name.slice(6);
      if (prefix === "xml" || prefix === "xmlns" || !value) throw new NotPlain();
      this.counts.set(prefix, (this.counts.get(prefix) ?? 0) + 1);
    }
    const own = prefixOf(el.name);
    if (own !== undefined && !this.counts.get(own)) throw new NotPlain();
    for (const name of el.attrs.keys()) {
      const prefix = prefixOf(name);
      if (prefix !== undefined && prefix !== "xmlns" && !this.counts.get(prefix)) throw new NotPlain();
    }
  }

  leave(el: XmlElement) {
    for (const name of el.attrs.keys()) if (prefixOf(name) === "xmlns") this.counts.set(name.slice(6), (this.counts.get(name.slice(6)) ?? 1) - 1);
  }
}

/** The text inside an element, as DOM textContent. */
export function textContent(e: XmlElement): string {
  let out = "";
  for (const c of e.children) out += typeof c === "string" ? c : textContent(c);
  return out;
}
