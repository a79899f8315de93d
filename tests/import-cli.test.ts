/** nianbao import and nianbao check on published files (in-process, through main()). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { importFixture } from "./support/import-helpers";

async function nianbao(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { cwd: dir, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-import-"));
fs.writeFileSync(path.join(dir, "w.html"), importFixture("wenquan-town-2021.html"));
fs.writeFileSync(path.join(dir, "bad.bin"), new Uint8Array(300).map((_, i) => (i * 31) % 256));

describe("nianbao import", () => {
  it("prints REPORT-JSON on stdout, notes on stderr; --json prints both; -o writes the file", async () => {
    const r = await nianbao("import", "w.html");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).organ.name).toBe("威海市环翠区温泉镇人民政府");
    expect(r.stderr).toMatch(/已读取|读取提示/);
    const j = await nianbao("import", "w.html", "--json");
    expect(Object.keys(JSON.parse(j.stdout))).toEqual(["report", "notes"]);
    const o = await nianbao("import", "w.html", "-o", "out.json");
    expect([o.code, o.stdout]).toEqual([0, ""]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8")).year).toBe(2021);
  });

  it("exits 2 with the Chinese reason and no stack trace on a file that is no report", async () => {
    const r = await nianbao("import", "bad.bin");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("文件已损坏");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("nianbao check on published files", () => {
  it("checks an imported report and prints the import notes apart from the findings", async () => {
    const r = await nianbao("check", "w.html");
    expect(r.stdout).toContain("结论");
    const findings = r.stdout.indexOf("结论");
    const notes = r.stdout.indexOf("读取提示");
    if (notes >= 0) expect(notes).toBeGreaterThan(findings);
  });

  it("--summary: one line per file with organ, year, format, errors, warnings, notes", async () => {
    const r = await nianbao("check", "--summary", "w.html", "bad.bin");
    const lines = r.stdout.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/威海市环翠区温泉镇人民政府\t2021年\t2021年格式\t错误 \d+\t警告 \d+\t读取提示 \d+/);
    expect(lines[1]).toContain("无法读取");
    expect(r.code).toBe(2);
  });
});
