/**
 * `nianbao new --year YYYY --organ NAME [--kind township]`: an empty report of the
 * format that year requires (every cell 0, every text empty), as REPORT-JSON on stdout.
 */
import { emptyReport } from "../report/empty";
import { stringifyReport } from "../report/json-io";
import { formatForYear, ORGAN_KIND_IDS, ORGAN_KINDS, TEMPLATES, type OrganKind } from "../template";
import { parseArgs } from "./args";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

const KINDS = ORGAN_KIND_IDS.map((k) => `${k}（${ORGAN_KINDS[k]}）`).join("、");

export const NEW_USAGE = `用法：nianbao new --year 年度 --organ 机关名称 [--kind 机关类型]
  输出一份空白报告（REPORT-JSON，所有数字为 0、正文为空），格式按年度自动选择。
  --year 年度        统计年度，如 2024
  --organ 机关名称   如 原州区官厅镇人民政府
  --kind 机关类型    默认 township；可选：${KINDS}
  -h, --help         显示本说明`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { options: { year: ["-y"], organ: [], kind: ["-k"] }, flags: { help: ["-h"] } });
  const fail = (message: string) => {
    io.stderr(`${message}\n\n${NEW_USAGE}`);
    return EXIT_USAGE;
  };
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("help")) {
    io.stdout(NEW_USAGE);
    return EXIT_OK;
  }
  if (parsed.positionals.length) return fail(`多出的参数：${parsed.positionals.join(" ")}`);
  const { year: yearText, organ, kind = "township" } = parsed.options;
  if (yearText === undefined) return fail("缺少 --year（年度）。");
  if (!/^\d{4}$/.test(yearText)) return fail(`年度应为四位数字，如 2024，实为“${yearText}”。`);
  const year = Number(yearText);
  const first = Math.min(...TEMPLATES.map((t) => t.years.from));
  if (!formatForYear(year)) return fail(`${year}年度没有适用的全国格式：年度报告格式自${first}年度起使用。`);
  if (organ === undefined || !organ.trim()) return fail("缺少 --organ（机关名称）。");
  if (!(ORGAN_KIND_IDS as string[]).includes(kind)) return fail(`不认识的机关类型：${kind}（可选的见下面 --kind）。`);
  io.stdout(stringifyReport(emptyReport({ year, organName: organ.trim(), organKind: kind as OrganKind })).trimEnd());
  return EXIT_OK;
}
