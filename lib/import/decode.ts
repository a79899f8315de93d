/**
 * Bytes to text for HTML and plain text. Chinese portals and Windows Notepad
 * still write GBK/GB18030 as often as UTF-8: a byte-order mark or a declared
 * charset decides; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030
 * (a superset of GBK and GB2312).
 */

const GB_NAMES = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith("utf-16be", bytes.subarray(2));
  if (declared && GB_NAMES.test(declared)) return decodeWith("gb18030", bytes);
  try {
    return decodeWith("utf-8", bytes, true);
  } catch {
    return decodeWith("gb18030", bytes);
  }
}

/** The charset an HTML page declares in its first bytes (<meta charset>, http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}
