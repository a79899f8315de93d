/**
 * `nianbao check FILE.json [--previous LAST.json] [--json]`: every rule of
 * TEMPLATE.md §6 on a report. Human-readable by default (errors, then warnings,
 * each with where it is); `--json` prints `{"findings": [...]}` on stdout alone.
 * Exit 0 no errors (warnings allowed), 1 errors, 2 bad usage or input.
 */
import { check } from "../check";
import { findingCounts } from "../check/finding-counts";
import { describeFinding } from "../report/describe";
import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";
import { parseArgs } from "./args";
import { formatImportNotes, readAnyReport } from "./read-any";

export const CHECK_USAGE = `用法：nianbao check 报告.json [--previous 上年报告.json] [--json]
       nianbao check 文件… --summary
  检查报告的勾稽关系（R1–R6，错误）和可能的问题（W1–W7，警告）。
  报告可以是 REPORT-JSON，也可以是已发布的 PDF、Word .docx、网页 .html 或文本：先读取，再检查；
  读取时的提示（“读取提示”）与检查结果分开列出。
  -p, --previous 文件  上一年度的报告，用于跨年度检查（上年结转、现行有效件数、内容雷同）
      --json           以 JSON 输出 {"findings": [...]}（只写标准输出）
      --summary        多个文件，每个文件一行：机关、年度、格式、错误、警告、读取提示
  -h, --help           显示本说明
  退出码：0 无错误（可能有警告），1 有错误，2 文件无法读取或不是有效的报告`;

function formatFindings(report: Report, findings: Finding[]): string[] {
  const template = getTemplate(report.format);
  const lines = [`${report.organ.name} ${report.year}年度报告（${report.format}年格式）`];
  const groups: Array<[string, Finding[]]> = [
    ["错误", findings.filter((f) => f.severity === "error")],
    ["警告", findings.filter((f) => f.severity === "warning")],
  ];
  for (const [name, list] of groups) {
    if (list.length === 0) continue;
    lines.push("", `${name}（${list.length} 项）：`);
    list.forEach((f, i) => {
      const where = describeFinding(template, f);
      lines.push(`  ${i + 1}. [${f.rule}] ${where || "整份报告"}`, `     ${f.message}`);
    });
  }
  const [errors, warnings] = groups.map(([, list]) => list.length);
  lines.push(
    "",
    errors > 0
      ? `结论：有 ${errors} 项错误${warnings ? `、${warnings} 项警告` : ""}。错误必须改正后才能发布。`
      : warnings > 0
        ? `结论：没有错误，有 ${warnings} 项警告，请逐项核对确认。`
        : "结论：未发现问题。",
  );
  return lines;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { options: { previous: ["-p"] }, flags: { json: [], summary: [], help: ["-h"] } });
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\n\n${CHECK_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.flags.has("help")) {
    io.stdout(CHECK_USAGE);
    return EXIT_OK;
  }
  if (parsed.flags.has("summary")) return summary(parsed.positionals, parsed.flags.has("json"), io);
  if (parsed.positionals.length !== 1) {
    const why =
      parsed.positionals.length === 0
        ? "缺少报告文件（REPORT-JSON，或 PDF、Word、网页、文本）。"
        : `只能指定一个报告文件，多出了：${parsed.positionals.slice(1).join(" ")}（多个文件请加 --summary）`;
    io.stderr(`${why}\n\n${CHECK_USAGE}`);
    return EXIT_USAGE;
  }
  const read = await readAnyReport(parsed.positionals[0], io.cwd);
  if (!read.ok) {
    io.stderr(read.message);
    return EXIT_USAGE;
  }
  const report = read.report;
  let previous: Report | undefined;
  if (parsed.options.previous !== undefined) {
    const prev = await readAnyReport(parsed.options.previous, io.cwd);
    if (!prev.ok) {
      io.stderr(`上年报告 ${prev.message}`);
      return EXIT_USAGE;
    }
    previous = prev.report;
    if (previous.year !== report.year - 1) {
      io.stderr(
        `注意：--previous 的报告是 ${previous.year} 年度的，不是上一年度（${report.year - 1}年），跨年度检查（W1、W2、W6）未进行。`,
      );
    }
  }

  const findings = check(report, previous);
  const notes = read.imported ? read.notes : undefined;
  if (parsed.flags.has("json")) io.stdout(JSON.stringify(notes ? { findings, importNotes: notes } : { findings }, null, 2));
  else {
    const lines = formatFindings(report, findings);
    // What the reader could not read is not what the report says: its own heading, after the findings.
    if (notes?.length) lines.push("", `读取提示（${notes.length} 条，导入时的说明，不是报告本身的问题）：`, ...formatImportNotes(notes));
    io.stdout(lines.join("\n"));
  }
  return findings.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

/** One line per file, so a 政务公开办 can 体检 a folder of published reports in one command. */
async function summary(files: string[], json: boolean, io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr(`缺少报告文件。\n\n${CHECK_USAGE}`);
    return EXIT_USAGE;
  }
  let worst = EXIT_OK;
  const rows: Array<Record<string, unknown>> = [];
  for (const file of files) {
    const read = await readAnyReport(file, io.cwd);
    if (!read.ok) {
      worst = EXIT_USAGE;
      rows.push({ file, error: read.message });
      if (!json) io.stdout(`${file}\t无法读取：${read.message.replace(`${file}：`, "")}`);
      continue;
    }
    const { report } = read;
    const findings = check(report);
    const counts = findingCounts(findings);
    const notes = read.imported ? read.notes.length : 0;
    if (counts.errorCount > 0 && worst === EXIT_OK) worst = EXIT_FINDINGS;
    rows.push({ file, organ: report.organ.name, year: report.year, format: report.format, errors: counts.errorCount, warnings: counts.warningCount, notes });
    if (!json) {
      io.stdout(
        `${file}\t${report.organ.name}\t${report.year}年\t${report.format}年格式\t错误 ${counts.errorCount}\t警告 ${counts.warningCount}\t读取提示 ${notes}`,
      );
    }
  }
  if (json) io.stdout(JSON.stringify({ files: rows }, null, 2));
  return worst;
}
