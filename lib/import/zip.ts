/**
 * Reading parts of a zip (.docx) without being blown up: the central directory
 * is read first (fflate's filter sees each entry's declared sizes without
 * inflating it) and the archive is refused when the declared sizes are absurd;
 * only then are the wanted parts inflated.
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
import { ImportRefusal } from "./document";
import { MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO } from "./limits";

export interface ZipDirectory {
  names: string[];
  entries: UnzipFileInfo[];
}

/** The entries of a zip, inflating nothing; refuses a damaged archive. */
export function zipDirectory(bytes: Uint8Array): ZipDirectory {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ ...f });
        return false;
      },
    });
  } catch {
    throw new ImportRefusal("corrupt", "文件已损坏：压缩包无法打开。");
  }
  return { names: entries.map((e) => e.name), entries };
}

function guard(entries: UnzipFileInfo[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.originalSize;
    const ratio = e.originalSize / Math.max(1, e.size);
    if (e.originalSize > MAX_UNZIPPED_BYTES || (e.originalSize > 1024 * 1024 && ratio > MAX_ZIP_RATIO)) {
      throw new ImportRefusal("corrupt", "文件已损坏或被恶意构造：解压后体积异常（疑似压缩炸弹），已拒绝读取。");
    }
  }
  if (total > MAX_UNZIPPED_BYTES) {
    throw new ImportRefusal("corrupt", "文件已损坏或被恶意构造：解压后体积异常（疑似压缩炸弹），已拒绝读取。");
  }
}

/** Inflates the named parts (those present) after checking their declared sizes. */
export function readZipParts(bytes: Uint8Array, dir: ZipDirectory, wanted: string[]): Record<string, Uint8Array> {
  const want = new Set(wanted);
  guard(dir.entries.filter((e) => want.has(e.name)));
  try {
    return unzipSync(bytes, { filter: (f) => want.has(f.name) });
  } catch {
    throw new ImportRefusal("corrupt", "文件已损坏：压缩包中的内容无法解压。");
  }
}
