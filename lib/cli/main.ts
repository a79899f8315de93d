/**
 * `nianbao`: the command-line tool (bin/nianbao.mjs loads this through tsx).
 * Dispatches to the table in ./commands.ts; turns anything thrown into exit 2
 * with a one-line Chinese message, never a stack trace.
 */
import { COMMANDS } from "./commands";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, width: number) => s + " ".repeat(Math.max(0, width - displayWidth(s)));

export function usage(): string {
  const rows: Array<[string, string]> = [
    ...Object.values(COMMANDS).map((c): [string, string] => [c.usage, c.summary]),
    ["nianbao 命令 --help", "某个命令的详细说明"],
  ];
  const width = Math.max(...rows.map(([u]) => displayWidth(u)));
  return ["年报通 nianbao：政府信息公开工作年度报告的命令行工具", "", "用法：", ...rows.map(([u, s]) => `  ${pad(u, width)}  ${s}`)].join("\n");
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.stderr(usage());
      return EXIT_USAGE;
    }
    if (name === "-h" || name === "--help" || name === "help") {
      const topic = name === "help" ? rest[0] : undefined;
      if (topic && Object.hasOwn(COMMANDS, topic)) return await (await COMMANDS[topic].load())(["--help"], io);
      io.stdout(usage());
      return EXIT_OK;
    }
    if (!Object.hasOwn(COMMANDS, name)) {
      io.stderr(`不认识的命令：${name}\n\n${usage()}`);
      return EXIT_USAGE;
    }
    return await (await COMMANDS[name].load())(rest, io);
  } catch (e) {
    io.stderr(`nianbao 出错：${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
}
