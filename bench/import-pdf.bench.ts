/**
 * The PDF reader on the largest published PDF it is tested on (淮安市人民政府
 * 2024, six pages, WPS export) and on the longest PDF of 年报通's own (13
 * pages, table 三 over three of them): median and p95 time from bytes to
 * blocks, and through the whole importer (reader + placer), after a warm-up
 * (pdfjs compiles its parsers on first use). Also the process's CPU time per
 * read, which stays honest when other work shares the machine's cores.
 * Target ≤ 300 ms per report. Prints, never asserts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importReport } from "../lib/import";
import { readPdf } from "../lib/import/pdf";
import { summary } from "./support/quantiles";

const dir = path.join(process.cwd(), "tests/fixtures/import/pdf");
const files = ["huaian-city-government-2024.pdf", "short-page-2021.pdf"];

async function measure(run: () => Promise<unknown>, runs: number) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    await run();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const t = summary(times);
  return { median: t.median, p95: t.p95, cpu: summary(cpu).median, runs };
}

async function main() {
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
  for (const f of files) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, f)));
    const doc = await readPdf(bytes);
    const label = `${f} (${doc.pages} 页, ${(bytes.length / 1024).toFixed(0)} KB)`;
    for (const [what, run] of [
      ["readPdf", () => readPdf(bytes)],
      ["importReport", () => importReport(bytes, f)],
    ] as const) {
      const r = await measure(run, 15);
      console.log(`${what} ${label}: median ${r.median.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, CPU ${r.cpu.toFixed(0)} ms over ${r.runs} runs (target ≤ 300 ms)`);
    }
  }
}

void main();
