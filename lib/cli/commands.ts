/**
 * The subcommands of `nianbao`, as a table. A new command is one entry: its
 * name, a one-line summary and usage for `nianbao --help`, and a lazy import of
 * the module that runs it (so `nianbao check` never loads the .docx code).
 * The contract of `run(args, io)` is in ./io.ts.
 */
import type { CliCommandRun } from "./io";

export interface CliCommand {
  summary: string;
  usage: string;
  load: () => Promise<CliCommandRun>;
}

export const COMMANDS: Record<string, CliCommand> = {
  check: {
    summary: "检查报告的勾稽关系和内容（R1–R6 错误，W1–W7 警告）",
    usage: "nianbao check 报告(.json/.pdf/.docx/.html/.txt)… [--previous 上年报告] [--json] [--summary]",
    load: async () => (await import("./check-command")).run,
  },
  import: {
    summary: "读取已发布的年报（PDF、Word、网页、文本），输出 REPORT-JSON",
    usage: "nianbao import 文件 [-o 输出.json] [--json]",
    load: async () => (await import("./import-command")).run,
  },
  new: {
    summary: "生成某一年度的空白报告（REPORT-JSON）",
    usage: "nianbao new --year 年度 --organ 机关名称 [--kind 机关类型]",
    load: async () => (await import("./new-command")).run,
  },
  docx: {
    summary: "生成可直接发布的 Word 文档（GB/T 9704 版式）",
    usage: "nianbao docx 报告.json [-o 输出.docx]",
    load: async () => (await import("./docx-command")).docxCommand,
  },
};
