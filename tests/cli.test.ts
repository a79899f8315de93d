/**
 * `nianbao`: exit codes, stdout/stderr, Chinese messages, never a stack trace. The cases run
 * in-process through the CLI's injectable I/O (lib/cli/io.ts); one run per exit code goes
 * through the real binary (bin/nianbao.mjs → tsx → lib/cli) as a child process.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "@/lib/cli/main";
import { parseReport } from "@/lib/report/schema";
import { fixturePath, SAMPLE_FIXTURES } from "./support/fixtures";

const BIN = path.resolve(__dirname, "../bin/nianbao.mjs");
let dir: string;

vi.setConfig({ testTimeout: 60_000 });

type Run = { code: number | null; stdout: string; stderr: string };

/** `nianbao …` in this process, with the folder and the two streams the binary would give it. */
async function nianbao(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { cwd: dir, stdout: (t) => out.push(`${t}\n`), stderr: (t) => err.push(`${t}\n`) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The real binary as a child process (node and tsx start: about half a second). */
function spawnNianbao(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A stack frame ("    at foo (file.ts:1:2)") or an uncaught-error banner. */
const STACK = /^\s+at .+:\d+:\d+\)?$|node:internal|Error:/m;

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const raw = (name: string): any => JSON.parse(fs.readFileSync(fixturePath(name), "utf8"));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.concurrent("nianbao check", () => {
  it.each(SAMPLE_FIXTURES)("exits 1 on the published sample %s, for its signature date only", async (name) => {
    const r = await nianbao("check", fixturePath(name));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("结论：");
    expect(r.stdout).toContain("错误（1 项）：");
    expect(r.stdout).toMatch(/\[R7\.(missing|early)\] 基本信息 · 落款日期/);
    expect(r.stderr).toBe("");
  });

  it("prints the warnings of a sample grouped, with where they are, and still exits 0", async () => {
    const dated = raw("hanconggou-town-2020");
    dated.meta.signedOn = "2021-01-20";
    const r = await nianbao("check", write("dated.json", dated));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("提醒（1 项）：");
    expect(r.stdout).toContain("[W7.empty] 六、其他需要报告的事项");
    expect(r.stdout).not.toContain("错误（");
  });

  it("exits 1 when one cell of the 2021 sample is changed, naming the cell and the numbers", async () => {
    const report = raw("guanting-town-2021");
    report.tables.requests.granted[0] = 1;
    const r = await nianbao("check", write("changed.json", report));
    expect(r.code).toBe(1);
    const errorsAt = r.stdout.indexOf("错误（");
    const warningsAt = r.stdout.indexOf("提醒（");
    expect(errorsAt).toBeGreaterThanOrEqual(0);
    expect(warningsAt === -1 || warningsAt > errorsAt).toBe(true);
    expect(r.stdout).toContain("[R2] 表三 （一）予以公开 · 总计");
    expect(r.stdout).toContain("（一）：总计 0 ≠ 自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他（1＋0＋0＋0＋0＋0＝1）");
    expect(r.stdout).toContain("[R3] 表三 （七）总计 · 自然人");
    expect(r.stdout).toMatch(/结论：有 \d+ 项错误/);
  });

  it("--json prints {findings} on stdout only, and the exit code still tells errors", async () => {
    const report = raw("guanting-town-2021");
    report.tables.appeals.reconsideration = [2, 0, 0, 0, 1];
    const r = await nianbao("check", write("appeal.json", report), "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["findings"]);
    expect(out.findings).toContainEqual(
      expect.objectContaining({ rule: "R4", severity: "error", table: "appeals", row: "reconsideration", column: 4 }),
    );
    // The narrative says there was no 行政复议: W3 too.
    expect(out.findings.map((f: { rule: string }) => f.rule)).toContain("W3.reconsideration");
  });

  it("--previous runs the cross-year rules", async () => {
    const previous = raw("demo-county-department-2021");
    previous.tables.requests.carriedForward = [9, 1, 0, 0, 0, 1, 11];
    const r = await nianbao("check", fixturePath("demo-county-department-2022"), "--previous", write("prev.json", previous), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string; column: number }) => [f.rule, f.column])).toEqual([
      ["W1", 0],
      ["W1", 6],
    ]);
  });

  it("says so when --previous is not the year before", async () => {
    const r = await nianbao("check", fixturePath("demo-county-department-2022"), "-p", fixturePath("demo-town-2020"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("不是上一年度（2021年）");
  });

  const wrongSchema = (): unknown => ({ ...raw("guanting-town-2021"), format: "2020" });
  const stringInCell = (): unknown => {
    const r = raw("guanting-town-2021");
    r.tables.requests.newRequests[0] = "0";
    return r;
  };
  const row2019 = (): unknown => {
    const r = raw("guanting-town-2021");
    r.tables.requests.otherHandling = [0, 0, 0, 0, 0, 0, 0];
    return r;
  };
  const missingTable = (): unknown => {
    const r = raw("guanting-town-2021");
    delete r.tables.requests;
    return r;
  };

  it.each([
    ["not JSON", (): unknown => "自然人,商业企业\n1,2", "不是有效的 JSON"],
    ["an empty file", (): unknown => "", "文件是空的"],
    ["JSON but not a report", (): unknown => [1, 2, 3], "报告应为一个 JSON 对象"],
    ["a wrong format", wrongSchema, 'format（模板格式）应为 "2021" 或 "2019"'],
    ["a string in a cell", stringInCell, "表三 一、本年新收政府信息公开申请数量 · 自然人（tables.requests.newRequests[0]）：应填数字"],
    ["a 2019-only row in a 2021 report", row2019, "2021年格式没有此项：otherHandling"],
    ["a missing table", missingTable, "表三（收到和处理政府信息公开申请情况）（tables.requests）：缺少此项"],
  ] as const)("exits 2 on %s, with a Chinese message and no stack trace", async (what, content, message) => {
    const file = write(`bad-${what.replace(/\W+/g, "-")}.json`, content());
    const r = await nianbao("check", file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("with --json, bad input still exits 2 with the message on stderr and nothing on stdout", async () => {
    const r = await nianbao("check", write("bad-json.json", stringInCell()), "--json");
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("应填数字");
  });

  it("exits 2 on a missing file, a bad --previous and bad usage", async () => {
    const missing = await nianbao("check", "nope.json");
    expect([missing.code, missing.stderr.trim()]).toEqual([2, "nope.json：找不到文件。"]);
    const prev = await nianbao("check", fixturePath("demo-county-department-2022"), "--previous", write("p.json", "{"));
    expect(prev.code).toBe(2);
    expect(prev.stderr).toContain("上年报告");
    for (const args of [["check"], ["check", "a.json", "--frob"], ["check", "a.json", "--previous"]]) {
      const r = await nianbao(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("用法：nianbao check");
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe.concurrent("nianbao new", () => {
  it.each([
    ["2024", "2021"],
    ["2020", "2019"],
  ])("prints an empty report of the format %s requires", async (year, format) => {
    const r = await nianbao("new", "--year", year, "--organ", "示例区东湖镇人民政府", "--kind", "township");
    expect(r.code).toBe(0);
    const parsed = parseReport(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report).toMatchObject({ format, year: Number(year), organ: { name: "示例区东湖镇人民政府", kind: "township" } });
    const cells = [
      ...Object.values(parsed.report.tables.proactive).flatMap((row) => Object.values(row)),
      ...Object.values(parsed.report.tables.requests).flat(),
      ...Object.values(parsed.report.tables.appeals).flat(),
    ];
    expect(cells.every((v) => v === 0)).toBe(true);
    expect(parsed.report.text.problems).toBe("");
  });

  it("defaults the kind to township, and its output checks without errors", async () => {
    const r = await nianbao("new", "--year=2023", "--organ=示例区南河镇人民政府");
    expect(JSON.parse(r.stdout).organ.kind).toBe("township");
    const check = await nianbao("check", write("new.json", r.stdout));
    // The one error of a new report: its 落款日期 is still to be set.
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("错误（1 项）：");
    expect(check.stdout).toContain("[R7.missing]");
    expect(check.stdout).toContain("[W7.empty]");
  });

  it.each([
    [["--year", "2018", "--organ", "某镇"], "2018年度没有适用的全国格式"],
    [["--year", "二〇二四", "--organ", "某镇"], "年度应为四位数字"],
    [["--organ", "某镇"], "缺少 --year"],
    [["--year", "2024"], "缺少 --organ"],
    [["--year", "2024", "--organ", "某镇", "--kind", "village"], "不认识的机关类型：village"],
  ])("exits 2 on %j with a Chinese message", async (args, message) => {
    const r = await nianbao("new", ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe.concurrent("nianbao", () => {
  it("--help lists every command and exits 0", async () => {
    const r = await nianbao("--help");
    expect(r.code).toBe(0);
    for (const c of ["nianbao check", "nianbao new", "nianbao docx"]) expect(r.stdout).toContain(c);
  });

  it("an unknown command or none exits 2 with the usage", async () => {
    for (const args of [["frob"], []]) {
      const r = await nianbao(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("用法：");
      expect(r.stdout).toBe("");
    }
    expect((await nianbao("frob")).stderr).toContain("不认识的命令：frob");
  });

  it("check --help and help check print the command's usage", async () => {
    for (const args of [["check", "--help"], ["help", "check"]]) {
      const r = await nianbao(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("--previous");
    }
  });
});

describe.concurrent("the real binary", () => {
  it("exits 0 on a valid report, with the result on stdout", async () => {
    // 官厅镇 as published has no 落款日期 (R7); the demo department's report has no error.
    const r = await spawnNianbao("check", fixturePath("demo-county-department-2021"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("结论：");
    expect(r.stderr).toBe("");
  });

  it("exits 1 on a report with errors", async () => {
    const report = raw("guanting-town-2021");
    report.tables.requests.granted[0] = 1;
    const r = await spawnNianbao("check", write("spawn-changed.json", report));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/结论：有 \d+ 项错误/);
  });

  it("exits 2 on a missing file, in Chinese, without a stack trace", async () => {
    const r = await spawnNianbao("check", "没有这个文件.json");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(r.stderr).not.toMatch(STACK);
  });
});
