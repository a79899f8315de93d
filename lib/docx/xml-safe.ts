/**
 * XML 1.0 allows only tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD
 * and paired surrogates (§2.2 Char). One other character in document.xml and
 * Word refuses the whole file, so every string of the report passes here before
 * the writer sees it, whatever the clerk pasted or the file held.
 */

// Vertical tab and form feed are the line and page breaks text copied from Word carries: they end a paragraph.
const BREAKS = /[\u000b\u000c]/g;
const FORBIDDEN = /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with the characters XML 1.0 forbids removed (Word's \v and \f line breaks become \n). */
export function xmlSafeText(text: string): string {
  return text.replace(BREAKS, "\n").replace(FORBIDDEN, "");
}

/** A copy of a JSON-like value with every string made safe for XML. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafe(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  }
  return value;
}
