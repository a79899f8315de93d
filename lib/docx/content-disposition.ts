/**
 * Content-Disposition for a download with a Chinese file name: an ASCII
 * `filename` for old clients and RFC 5987/6266 `filename*=UTF-8''…` that every
 * current browser (Chrome, 360, Edge) prefers.
 */
export function attachmentDisposition(fileName: string, asciiFallback = "report.docx"): string {
  const printable = (s: string) => /^[\x20-\x7e]+$/.test(s) && !/["\\]/.test(s);
  const fallback = printable(fileName) ? fileName : printable(asciiFallback) ? asciiFallback : "report.docx";
  // RFC 5987 attr-char: encodeURIComponent leaves '()*! which it does not allow.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
