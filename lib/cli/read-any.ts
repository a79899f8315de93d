/**
 * A report file of any kind for the CLI: REPORT-JSON as is, anything else
 * (PDF, .docx, HTML, text) through the importer, whose notes come along so
 * that the command can print them apart from the findings.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { importReport, ImportRefusal, type ImportNote } from "../import";
import type { Report } from "../report/types";
import { readReportFile } from "./read-report";

export type AnyResult =
  | { ok: true; report: Report; imported: false }
  | { ok: true; report: Report; imported: true; notes: ImportNote[] }
  | { ok: false; message: string };

function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b;
}

export async function readAnyReport(file: string, cwd: string): Promise<AnyResult> {
  let bytes: Uint8Array;
  try {
    const full = path.resolve(cwd, file);
    const stat = await fs.stat(full);
    if (stat.isDirectory()) return { ok: false, message: `${file}：这是文件夹，不是报告文件。` };
    bytes = await fs.readFile(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}：${code === "ENOENT" ? "找不到文件" : code === "EACCES" ? "没有读取权限" : "无法读取"}。` };
  }
  // A .json file is REPORT-JSON whatever it holds (its errors are JSON errors); other files are told by content.
  if (looksLikeJson(bytes) || /\.json$/i.test(file)) {
    const r = await readReportFile(file, cwd);
    return r.ok ? { ok: true, report: r.report, imported: false } : r;
  }
  try {
    const { report, notes } = await importReport(bytes, path.basename(file));
    return { ok: true, report, imported: true, notes };
  } catch (e) {
    if (e instanceof ImportRefusal) return { ok: false, message: `${file}：${e.message}` };
    return { ok: false, message: `${file}：文件已损坏或无法读取（${e instanceof Error ? e.message : String(e)}）。` };
  }
}

/** Import notes as lines for people, each with where it is. */
export function formatImportNotes(notes: ImportNote[]): string[] {
  return notes.map((n, i) => `  ${i + 1}. ${n.message}`);
}
