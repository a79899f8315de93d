/**
 * Content-Disposition for a download with a Chinese file name: an ASCII
 * `filename` for old clients and RFC 5987/6266 `filename*=UTF-8''…` that every
 * current browser (Chrome, 360, Edge) prefers. The one builder of that header, for downloads and for a file
 * shown in the browser (`inline`).
 */
/** Characters of a file name before its extension: well inside what Windows and every browser accept in a header. */
export const MAX_FILE_NAME_CHARS = 80;

export function attachmentDisposition(fileName: string, asciiFallback = "report.docx", kind: "attachment" | "inline" = "attachment"): string {
  const name = truncatedFileName(fileName);
  const printable = (s: string) => /^[\x20-\x7e]+$/.test(s) && !/["\\]/.test(s);
  const fallback = printable(name) ? name : printable(asciiFallback) ? truncatedFileName(asciiFallback) : "report.docx";
  // RFC 5987 attr-char: encodeURIComponent leaves '()*! which it does not allow.
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * A long name (an organ name of thousands of characters) keeps its start and its
 * last KEPT_TAIL characters — the year and 政府信息公开工作年度报告 — around a "…",
 * and its extension; cut at whole characters, never inside a surrogate pair.
 */
const KEPT_TAIL = 24;

export function truncatedFileName(fileName: string, max = MAX_FILE_NAME_CHARS): string {
  const dot = fileName.lastIndexOf(".");
  const ext = dot > 0 && fileName.length - dot <= 6 ? fileName.slice(dot) : "";
  const base = [...fileName.slice(0, fileName.length - ext.length)];
  if (base.length <= max) return fileName;
  return `${base.slice(0, max - 1 - KEPT_TAIL).join("")}…${base.slice(-KEPT_TAIL).join("")}${ext}`;
}
