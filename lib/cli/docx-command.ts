/**
 * `nianbao docx FILE.json [-o OUT.docx]`: the publication-ready .docx of a
 * report in REPORT-JSON. Exit 0 when written (a report with errors is written
 * as a 征求意见稿 and says so), 2 on bad usage or input, 1 when the file cannot
 * be written. Messages are Chinese and carry no stack trace: the people running
 * it are clerks. The contract with `nianbao` is in ./io.ts.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { check } from "../check";
import { docxFileName, draftMark, renderDocx } from "../docx";
import { EXIT_OK, type CliIo } from "./io";
import { readCommandReport } from "./read-report";

const EXIT_WRITE_FAILED = 1;

export const DOCX_USAGE = `用法：nianbao docx 报告.json [-o 输出.docx]
  将 REPORT-JSON 格式的报告生成可直接发布的 Word 文档（GB/T 9704 版式）。
  -o, --output 文件   输出文件或文件夹；省略时为当前文件夹下的“〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx”
  -h, --help          显示本说明
  报告尚有错误时仍会生成，页眉标注“征求意见稿”，默认文件名后加“（征求意见稿）”。
  退出码：0 已生成，1 无法写入输出文件，2 文件无法读取或不是有效的报告`;

const defaultIo = (): CliIo => ({
  cwd: process.cwd(),
  stdout: (t) => void process.stdout.write(`${t}\n`),
  stderr: (t) => void process.stderr.write(`${t}\n`),
});

export async function docxCommand(args: string[], io: CliIo = defaultIo()): Promise<number> {
  const start = await readCommandReport(args, { options: { output: ["-o"] } }, DOCX_USAGE, io);
  if (!start.ok) return start.exit;
  const { parsed, report } = start;
  // Only errors mark the draft (draftMark), and every error is a table rule: the text rules give warnings.
  const findings = check(report, undefined, { tablesOnly: true });

  const output = parsed.options.output;
  // A file without workflow status is a draft only while it has errors.
  const fileName = docxFileName(report, draftMark(findings) !== null);
  let outputPath = path.resolve(io.cwd, output ?? fileName);
  // -o 文件夹: the title's file name inside that folder.
  if (output && (await fs.stat(outputPath).catch(() => null))?.isDirectory()) {
    outputPath = path.join(outputPath, fileName);
  }
  try {
    await fs.writeFile(outputPath, await renderDocx(report, { findings }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "：文件夹不存在"
        : code === "EACCES" || code === "EPERM" || code === "EBUSY"
          ? "：没有写入权限（文件是否正在 Word/WPS 中打开？）"
          : "";
    io.stderr(`无法写入 ${outputPath}${why}`);
    return EXIT_WRITE_FAILED;
  }
  io.stdout(`已生成：${outputPath}`);
  const mark = draftMark(findings);
  if (mark) io.stderr(`注意：报告尚有错误，文档页眉已标注“${mark}”。请改正后重新生成再发布（nianbao check 可列出错误）。`);
  return EXIT_OK;
}
