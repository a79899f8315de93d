import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { docxCommand } from "@/lib/cli/docx-command";
import { reportTitle } from "@/lib/template";
import { openDocx, textOf } from "./support/docx-xml";
import { fixturePath, loadFixture } from "./support/fixtures";

let dir: string;
let out: string[];
let err: string[];
const io = () => ({ cwd: dir, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-docx-"));
  out = [];
  err = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("nianbao docx", () => {
  it("writes FILE.json to the -o file and exits 0", async () => {
    const code = await docxCommand([fixturePath("guanting-town-2021"), "-o", "out.docx"], io());
    expect(code).toBe(0);
    const doc = await openDocx(fs.readFileSync(path.join(dir, "out.docx")));
    const report = loadFixture("guanting-town-2021");
    expect(textOf(doc.document)).toContain(reportTitle(report.organ.name, report.year));
    expect(out.join("\n")).toContain("已生成");
    expect(err).toEqual([]);
  });

  it("names the output after the title in the current folder by default", async () => {
    const report = loadFixture("hanconggou-town-2020");
    expect(await docxCommand([fixturePath("hanconggou-town-2020")], io())).toBe(0);
    const name = `${report.organ.name}${report.year}年政府信息公开工作年度报告.docx`;
    expect(fs.readdirSync(dir)).toEqual([name]);
  });

  it("writes into a folder given as -o under the title's file name", async () => {
    fs.mkdirSync(path.join(dir, "导出"));
    expect(await docxCommand([fixturePath("guanting-town-2021"), "-o", "导出"], io())).toBe(0);
    const report = loadFixture("guanting-town-2021");
    expect(fs.readdirSync(path.join(dir, "导出"))).toEqual([`${reportTitle(report.organ.name, report.year)}.docx`]);
  });

  it("reads a file saved with a byte-order mark (Windows Notepad)", async () => {
    fs.writeFileSync(path.join(dir, "bom.json"), `\uFEFF${fs.readFileSync(fixturePath("demo-town-2020"), "utf8")}`);
    expect(await docxCommand(["bom.json", "--output=b.docx"], io())).toBe(0);
    expect(fs.existsSync(path.join(dir, "b.docx"))).toBe(true);
  });

  it("still writes a report with errors, as a 征求意见稿, and says so", async () => {
    const report = loadFixture("demo-county-department-2022");
    report.tables.requests.granted[0] = 999;
    fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(report));
    expect(await docxCommand(["bad.json", "-o", "draft.docx"], io())).toBe(0);
    const doc = await openDocx(fs.readFileSync(path.join(dir, "draft.docx")));
    expect(doc.headers.join("")).toContain("征求意见稿");
    expect(err.join("\n")).toContain("征求意见稿");
  });

  it("names a report with errors 〈…〉年度报告（征求意见稿）.docx by default", async () => {
    const report = loadFixture("demo-county-department-2022");
    report.tables.requests.granted[0] = 999;
    fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(report));
    expect(await docxCommand(["bad.json"], io())).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".docx"))).toEqual([`${reportTitle(report.organ.name, report.year)}（征求意见稿）.docx`]);
  });

  it.each([
    ["a missing file", ["nope.json"], "找不到文件"],
    ["no file at all", [], "缺少报告文件"],
    ["-o without a name", ["x.json", "-o"], "-o 后面缺少值"],
    ["an unknown option", ["x.json", "--pdf"], "不认识的选项"],
  ])("exits 2 with a Chinese message on %s", async (_what, args, message) => {
    expect(await docxCommand(args, io())).toBe(2);
    expect(err.join("\n")).toContain(message);
    expect(err.join("\n")).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("exits 2 on a file that is not JSON or not a report, writing nothing", async () => {
    fs.writeFileSync(path.join(dir, "text.json"), "自然人,商业企业\n1,2");
    expect(await docxCommand(["text.json"], io())).toBe(2);
    expect(err.join("\n")).toContain("不是有效的 JSON");
    err = [];
    const report = JSON.parse(fs.readFileSync(fixturePath("guanting-town-2021"), "utf8"));
    delete report.tables.requests.granted;
    fs.writeFileSync(path.join(dir, "partial.json"), JSON.stringify(report));
    expect(await docxCommand(["partial.json"], io())).toBe(2);
    expect(err.join("\n")).toContain("不是有效的报告");
    expect(fs.readdirSync(dir).sort()).toEqual(["partial.json", "text.json"]);
  });

  it("exits 1 when the output folder does not exist", async () => {
    expect(await docxCommand([fixturePath("guanting-town-2021"), "-o", "no/such/dir/x.docx"], io())).toBe(1);
    expect(err.join("\n")).toContain("文件夹不存在");
  });
});
