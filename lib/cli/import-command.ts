/**
 * `nianbao import FILE [-o OUT.json] [--json]`: a published report (PDF, .docx,
 * HTML, text) as REPORT-JSON. The report goes to stdout (or -o), the reader's
 * notes to stderr; --json prints {"report", "notes"} on stdout alone.
 * Exit 0 when a report was read (even in part), 2 when the file is no report or cannot be read.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "./args";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";
import { formatImportNotes, readAnyReport } from "./read-any";

export const IMPORT_USAGE = `用法：nianbao import 文件 [-o 输出.json] [--json]
  读取已发布的年报（PDF、Word .docx、网页 .html、文本），输出 REPORT-JSON。
  -o, --output 文件  写入文件（默认写到标准输出）
      --json         以 JSON 输出 {"report": …, "notes": [...]}（只写标准输出）
  -h, --help         显示本说明
  读取提示（缺失的单元格、与模板不同的标签等）写到标准错误。
  退出码：0 已读出报告（可能不完整，见提示），2 不是年报或文件无法读取`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { options: { output: ["-o"] }, flags: { json: [], help: ["-h"] } });
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\n\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.flags.has("help")) {
    io.stdout(IMPORT_USAGE);
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr(`${parsed.positionals.length === 0 ? "缺少要读取的文件。" : `只能指定一个文件，多出了：${parsed.positionals.slice(1).join(" ")}`}\n\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  const file = parsed.positionals[0];
  const read = await readAnyReport(file, io.cwd);
  if (!read.ok) {
    io.stderr(read.message);
    return EXIT_USAGE;
  }
  const notes = read.imported ? read.notes : [];
  const out = parsed.flags.has("json") ? JSON.stringify({ report: read.report, notes }, null, 2) : JSON.stringify(read.report, null, 2);
  if (parsed.options.output !== undefined) {
    try {
      await fs.writeFile(path.resolve(io.cwd, parsed.options.output), `${out}\n`);
    } catch {
      io.stderr(`${parsed.options.output}：无法写入。`);
      return EXIT_USAGE;
    }
  } else io.stdout(out);
  if (!parsed.flags.has("json") || parsed.options.output !== undefined) {
    io.stderr(
      notes.length
        ? [`读取提示（${notes.length} 条，请对照原文核对）：`, ...formatImportNotes(notes)].join("\n")
        : `已读取 ${read.report.organ.name} ${read.report.year}年度报告，没有读取提示。`,
    );
  }
  return EXIT_OK;
}
