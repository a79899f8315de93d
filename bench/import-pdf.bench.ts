/**
 * The PDF reader on the largest published PDF it is tested on (淮安市人民政府
 * 2024, six pages, WPS export): median and p95 time from bytes to blocks,
 * after a warm-up (pdfjs compiles its parsers on first use). Target ≤ 300 ms
 * per report. Also the process's CPU time per read, which stays honest when
 * other work shares the machine's cores. Prints, never asserts.
 */
import fs from "node:fs";
import path from "node:path";
import { readPdf } from "../lib/import/pdf";

const dir = path.join(process.cwd(), "tests/fixtures/import/pdf");
const files = ["huaian-city-government-2024.pdf", "short-page-2021.pdf"];

async function measure(bytes: Uint8Array, runs: number) {
  for (let i = 0; i < 3; i++) await readPdf(bytes);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    await readPdf(bytes);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const med = (list: number[]) => [...list].sort((p, q) => p - q)[Math.floor(list.length / 2)];
  times.sort((p, q) => p - q);
  return { median: med(times), p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))], cpu: med(cpu), runs };
}

async function main() {
  for (const f of files) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, f)));
    const doc = await readPdf(bytes);
    const r = await measure(bytes, 15);
    console.log(
      `readPdf ${f} (${doc.pages} 页, ${(bytes.length / 1024).toFixed(0)} KB): median ${r.median.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, CPU ${r.cpu.toFixed(0)} ms over ${r.runs} runs (target ≤ 300 ms)`,
    );
  }
}

void main();
