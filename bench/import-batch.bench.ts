/**
 * 批量体检 through the UI path: a supervisor in Chromium uploads 100 published
 * reports (.docx, HTML and PDF, as a .zip) on /review/batch; printed is the time
 * from the click on 开始体检 to the finished table, and the time per file.
 * Target: ≤ 2 min for 100 files on this shared machine. `BENCH_SKIP_BUILD=1`
 * reuses the last build of its own server (port 3195).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { renderDocx } from "../lib/docx";
import { parseReport } from "../lib/report/schema";
import { runWithOwnServer, signIn } from "../scripts/own-server";

const root = path.resolve(__dirname, "..");
const FILES = 100;

async function batch(): Promise<Buffer> {
  const dir = path.join(root, "tests/fixtures");
  const docs = await Promise.all(
    fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map(async (f) => {
      const r = parseReport(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
      if (!r.ok) throw new Error(f);
      return renderDocx(r.report);
    }),
  );
  const htmls = fs.readdirSync(path.join(dir, "import")).filter((f) => f.endsWith(".html") && !f.includes("blank")).map((f) => fs.readFileSync(path.join(dir, "import", f)));
  const pdfs = ["guanting-town-2021.pdf", "hanconggou-town-2020.pdf"].map((f) => fs.readFileSync(path.join(dir, "import", "pdf", f)));
  const zip = new JSZip();
  for (let i = 0; i < FILES; i++) {
    if (i % 10 === 0) zip.file(`r${i}.pdf`, pdfs[(i / 10) % pdfs.length]);
    else if (i % 2) zip.file(`r${i}.docx`, docs[i % docs.length]);
    else zip.file(`r${i}.html`, htmls[i % htmls.length]);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

runWithOwnServer({ port: 3195, name: "bench-batch", skipBuild: process.env.BENCH_SKIP_BUILD === "1" }, async (origin, browser) => {
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
  const buffer = await batch();
  const context = await browser.newContext({ baseURL: origin, locale: "zh-CN" });
  await signIn(context, origin, "shenhe");
  const page = await context.newPage();
  await page.goto("/review/batch");
  await page.getByLabel("选择文件").setInputFiles({ name: "年报.zip", mimeType: "application/zip", buffer });
  const t0 = performance.now();
  await page.getByRole("button", { name: "开始体检" }).click();
  await page.getByTestId("batch-progress").filter({ hasText: `全部读完：共 ${FILES} 份` }).waitFor({ timeout: 900_000 });
  const total = performance.now() - t0;
  const rows = await page.locator("tbody tr").count();
  console.log(`批量体检 ${FILES} files (10 PDF, 45 .docx, 45 HTML) through /review/batch: ${(total / 1000).toFixed(1)} s to the finished table (${(total / FILES).toFixed(0)} ms per file; target ≤ 120 s), ${rows} rows`);
  await context.close();
});
