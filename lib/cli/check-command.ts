/**
 * `nianbao check FILE.json [--previous LAST.json] [--json]`: every rule of
 * docs/rules.md on a report. Human-readable by default (errors, then warnings,
 * each with where it is); `--json` prints `{"findings": [...]}` on stdout alone.
 * Exit 0 no errors (warnings allowed), 1 errors, 2 bad usage or input.
 */
import { check } from "../check";
import { describeFinding } from "../report/describe";
import { SEVERITY_WORDS } from "../report/field-labels";
import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";
import { readCommandReport, readReportFile } from "./read-report";

const E = SEVERITY_WORDS.error;
const W = SEVERITY_WORDS.warning;

export const CHECK_USAGE = `用法：nianbao check 报告.json [--previous 上年报告.json] [--json]
  检查报告的勾稽关系（R1–R7，${E}）和可能的问题（W1–W8，${W}）。
  -p, --previous 文件  上一年度的报告，用于跨年度检查（上年结转、现行有效件数、内容雷同）
      --json           以 JSON 输出 {"findings": [...]}（只写标准输出）
  -h, --help           显示本说明
  退出码：0 无${E}（可能有${W}），1 有${E}，2 文件无法读取或不是有效的报告`;

function formatFindings(report: Report, findings: Finding[]): string[] {
  const template = getTemplate(report.format);
  const lines = [`${report.organ.name} ${report.year}年度报告（${report.format}年格式）`];
  const groups: Array<[string, Finding[]]> = [
    [E, findings.filter((f) => f.severity === "error")],
    [W, findings.filter((f) => f.severity === "warning")],
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
      ? `结论：有 ${errors} 项${E}${warnings ? `、${warnings} 项${W}` : ""}。${E}必须改正后才能发布。`
      : warnings > 0
        ? `结论：没有${E}，有 ${warnings} 项${W}，请逐项核对确认。`
        : "结论：未发现问题。",
  );
  return lines;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const start = await readCommandReport(args, { options: { previous: ["-p"] }, flags: { json: [] } }, CHECK_USAGE, io);
  if (!start.ok) return start.exit;
  const { parsed, report } = start;
  let previous: Report | undefined;
  if (parsed.options.previous !== undefined) {
    const prev = await readReportFile(parsed.options.previous, io.cwd);
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
  if (parsed.flags.has("json")) io.stdout(JSON.stringify({ findings }, null, 2));
  else io.stdout(formatFindings(report, findings).join("\n"));
  return findings.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}
