import fs from "node:fs/promises";
import path from "node:path";
import { parseReportJson } from "../report/json-io";
import type { Report } from "../report/types";

export type FileResult = { ok: true; report: Report } | { ok: false; message: string };

/** Reads and validates a REPORT-JSON file; the message names the file and says what is wrong, in Chinese. */
export async function readReportFile(file: string, cwd: string): Promise<FileResult> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "找不到文件" : code === "EISDIR" ? "这是文件夹，不是报告文件" : code === "EACCES" ? "没有读取权限" : "无法读取";
    return { ok: false, message: `${file}：${why}。` };
  }
  const result = parseReportJson(text);
  if (result.ok) return result;
  if (result.stage === "json") return { ok: false, message: `${file}：${result.errors.join(" ")}` };
  return { ok: false, message: `${file} 不是有效的报告：\n${result.errors.map((m) => `  - ${m}`).join("\n")}` };
}
