/**
 * What a file is, by its content, never by its name: a clerk's "报告.doc" is
 * often HTML saved by Word, and a portal's ".html" download is sometimes a PDF.
 */
import { zipDirectory } from "./zip";

export type DetectedKind = "pdf" | "docx" | "html" | "text" | "binary" | "ole" | "zip";

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** A share of control bytes (not tab, newline, CR, form feed, ESC) that no text has. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return !(startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]));
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) bad++;
  }
  return bad / n > 0.02;
}

export function detectKind(bytes: Uint8Array): DetectedKind {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    try {
      return zipDirectory(bytes).names.includes("word/document.xml") ? "docx" : "zip";
    } catch {
      return "binary";
    }
  }
  // The OLE compound file of Word 97–2003 (.doc), WPS (.wps) and Excel (.xls).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "ole";
  if (looksBinary(bytes)) return "binary";
  const sample = new TextDecoder("latin1").decode(bytes.subarray(0, 65536)).toLowerCase();
  if (/<(!doctype\s+html|html[\s>]|body[\s>]|table[\s>]|p[\s>]|div[\s>]|meta\s)/.test(sample)) return "html";
  return "text";
}
