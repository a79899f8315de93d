/**
 * `nianbao docx FILE.json [-o OUT.docx]`: the publication-ready .docx of a
 * report in REPORT-JSON. Exit 0 when written (a report with errors is written
 * as a 征求意见稿 and says so), 2 on bad input, 1 when the file cannot be written.
 * Messages are Chinese and carry no stack trace: the people running it are clerks.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { check } from "../check";
import { docxFileName, draftMark, renderDocx } from "../docx";
import { parseReport } from "../report/schema";

export interface DocxCommandIo {
  /** Folder relative paths and the default output are resolved against. */
  cwd?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

export const DOCX_USAGE = `用法：nianbao docx 报告.json [-o 输出.docx]
  将 REPORT-JSON 格式的报告生成可直接发布的 Word 文档（GB/T 9704 版式）。
  -o, --output 文件   输出文件；省略时为当前文件夹下的“〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx”
  -h, --help          显示本说明`;

type Parsed = { help: true } | { input: string; output?: string } | { error: string };

function parseArgs(args: string[]): Parsed {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-h" || a === "--help") return { help: true };
    if (a === "-o" || a === "--output") {
      const next = args[++i];
      if (!next) return { error: `${a} 后面缺少输出文件名。` };
      output = next;
    } else if (a.startsWith("--output=")) {
      output = a.slice("--output=".length);
    } else if (a.startsWith("-") && a !== "-") {
      return { error: `不认识的选项：${a}` };
    } else if (input === undefined) {
      input = a;
    } else {
      return { error: `只能指定一个报告文件，多出了：${a}` };
    }
  }
  if (!input) return { error: "缺少报告文件（REPORT-JSON）。" };
  if (output !== undefined && !output.trim()) return { error: "输出文件名不能为空。" };
  return { input, ...(output ? { output } : {}) };
}

export async function docxCommand(args: string[], io: DocxCommandIo = {}): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const out = io.stdout ?? ((t: string) => void process.stdout.write(`${t}\n`));
  const err = io.stderr ?? ((t: string) => void process.stderr.write(`${t}\n`));

  const parsed = parseArgs(args);
  if ("help" in parsed) {
    out(DOCX_USAGE);
    return 0;
  }
  if ("error" in parsed) {
    err(`${parsed.error}\n${DOCX_USAGE}`);
    return 2;
  }

  const inputPath = path.resolve(cwd, parsed.input);
  let raw: string;
  try {
    raw = await fs.readFile(inputPath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(code === "ENOENT" ? `找不到文件：${parsed.input}` : code === "EISDIR" ? `${parsed.input} 是文件夹，不是报告文件。` : `无法读取文件：${parsed.input}`);
    return 2;
  }
  let json: unknown;
  try {
    // Notepad on Windows saves UTF-8 with a byte-order mark.
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    err(`${parsed.input} 不是有效的 JSON：${(e as Error).message}`);
    return 2;
  }
  const result = parseReport(json);
  if (!result.ok) {
    err(`${parsed.input} 不是有效的报告：\n${result.errors.map((m) => `  - ${m}`).join("\n")}`);
    return 2;
  }

  const report = result.report;
  const findings = check(report);
  let outputPath = path.resolve(cwd, parsed.output ?? docxFileName(report));
  // -o 文件夹: the title's file name inside that folder.
  if (parsed.output && (await fs.stat(outputPath).catch(() => null))?.isDirectory()) {
    outputPath = path.join(outputPath, docxFileName(report));
  }
  try {
    await fs.writeFile(outputPath, await renderDocx(report, { findings }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(`无法写入 ${outputPath}${code === "ENOENT" ? "：文件夹不存在" : code === "EACCES" || code === "EPERM" || code === "EBUSY" ? "：没有写入权限（文件是否正在 Word/WPS 中打开？）" : ""}`);
    return 1;
  }
  const mark = draftMark(findings);
  out(`已生成：${outputPath}`);
  if (mark) err(`注意：报告尚有错误，文档页眉已标注“${mark}”。请改正后重新生成再发布。`);
  return 0;
}
