/**
 * Bytes to text for HTML and plain text. Chinese portals and Windows Notepad
 * still write GBK/GB18030 as often as UTF-8: a byte-order mark decides; then
 * UTF-8 if the bytes are valid UTF-8 (whatever the page declares: a page
 * re-saved as UTF-8 often keeps its old GBK <meta>), else GB18030 (a superset
 * of GBK and GB2312).
 */

const GB_NAMES = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  let utf8: string | undefined;
  try {
    utf8 = decodeWith("utf-8", bytes, true);
  } catch {
    utf8 = undefined;
  }
  // Chinese GBK text is almost never valid UTF-8, so valid UTF-8 wins even over a declared GBK (pages re-saved without fixing the <meta>).
  if (utf8 !== undefined && (!declared || !GB_NAMES.test(declared) || /[^\x00-\x7f]/.test(utf8))) return utf8;
  return decodeWith("gb18030", bytes);
}

/** The charset an HTML page declares in its first bytes (<meta charset>, http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}
