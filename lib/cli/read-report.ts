import fs from "node:fs/promises";
import path from "node:path";
import { parseReportJson } from "../report/json-io";
import type { Report } from "../report/types";
import { parseArgs, type ArgSpec, type ParsedArgs } from "./args";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

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

/**
 * The common start of a subcommand that works on one report file: parse the
 * arguments, answer --help, insist on exactly one file, read and validate it.
 * Either the report and the parsed arguments, or the exit code (the message is already written).
 */
export async function readCommandReport(
  args: string[],
  spec: ArgSpec,
  usage: string,
  io: CliIo,
): Promise<{ ok: true; report: Report; parsed: Extract<ParsedArgs, { ok: true }> } | { ok: false; exit: number }> {
  const parsed = parseArgs(args, { ...spec, flags: { ...spec.flags, help: ["-h"] } });
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\n\n${usage}`);
    return { ok: false, exit: EXIT_USAGE };
  }
  if (parsed.flags.has("help")) {
    io.stdout(usage);
    return { ok: false, exit: EXIT_OK };
  }
  if (parsed.positionals.length !== 1) {
    const why =
      parsed.positionals.length === 0
        ? "缺少报告文件（REPORT-JSON）。"
        : `只能指定一个报告文件，多出了：${parsed.positionals.slice(1).join(" ")}`;
    io.stderr(`${why}\n\n${usage}`);
    return { ok: false, exit: EXIT_USAGE };
  }
  const read = await readReportFile(parsed.positionals[0], io.cwd);
  if (!read.ok) {
    io.stderr(read.message);
    return { ok: false, exit: EXIT_USAGE };
  }
  return { ok: true, report: read.report, parsed };
}
