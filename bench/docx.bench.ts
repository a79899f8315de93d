/**
 * Time to generate the .docx of the largest fixture (renderDocx: check, layout,
 * packing the zip). Target: median ≤ 50 ms. Prints, never asserts.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { renderDocx } from "../lib/docx";
import { parseReport } from "../lib/report/schema";
import { quantile } from "./support/quantiles";

const dir = path.join(process.cwd(), "tests/fixtures");
const largest = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size }))
  .sort((a, b) => b.size - a.size)[0].f;
const parsed = parseReport(JSON.parse(fs.readFileSync(path.join(dir, largest), "utf8")));
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const report = parsed.report;

async function main() {
  for (let i = 0; i < 5; i++) await renderDocx(report); // warm-up: module loading and JIT
  const times: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    bytes = (await renderDocx(report)).length;
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const q = (p: number) => quantile(times, p).toFixed(1);
  console.log(
    `renderDocx(${largest}, ${(bytes / 1024).toFixed(1)} KB .docx): median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms over ${times.length} runs — target median ≤ 50 ms`,
  );
  // CPU time of the process per run: steadier than wall time on a busy machine (includes GC threads).
  console.log(`  CPU time per run: median ${quantile(cpu, 0.5).toFixed(1)} ms`);
}

void main();
