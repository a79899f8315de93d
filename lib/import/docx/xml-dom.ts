/**
 * Markup the plain reader (xml.ts) leaves alone, read by xmldom as before —
 * repaired where xmldom repairs it, refused (it throws) where xmldom refuses —
 * and handed over as the same small tree.
 */
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import type { XmlElement, XmlNode } from "./xml";

function convert(e: Element): XmlElement {
  const attrs = new Map<string, string>();
  for (let k = 0; k < e.attributes.length; k++) {
    const a = e.attributes.item(k);
    if (a && !attrs.has(a.nodeName)) attrs.set(a.nodeName, a.value);
  }
  const children: XmlNode[] = [];
  for (let c: Node | null = e.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) children.push(convert(c as Element));
    // Text and CDATA; comments and processing instructions are no text.
    else if (c.nodeType === 3 || c.nodeType === 4) children.push((c as unknown as { data: string }).data);
  }
  return { name: e.nodeName, local: e.localName ?? e.nodeName.replace(/^.*:/, ""), attrs, children };
}

/** The document element as xmldom reads it; throws where xmldom gives up. */
export function parseXmlWithDom(xml: string): XmlElement | undefined {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  return root ? convert(root as unknown as Element) : undefined;
}
