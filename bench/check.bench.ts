/**
 * check() on the largest fixture: the keystroke path (tablesOnly, no previous
 * year) and the full check with last year's report. Median and p95 over many
 * runs after a warm-up. Targets: ≤ 50 µs and ≤ 1 ms. Prints, never asserts.
 */
import fs from "node:fs";
import path from "node:path";
import { check, type CheckOptions } from "../lib/check";
import { parseReport } from "../lib/report/schema";
import type { Report } from "../lib/report/types";
import { quantile } from "./support/quantiles";

const dir = path.join(process.cwd(), "tests/fixtures");
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => {
    const parsed = parseReport(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.errors.join("\n")}`);
    return { f, size: fs.statSync(path.join(dir, f)).size, report: parsed.report };
  })
  .sort((a, b) => b.size - a.size);
const largest = fixtures[0];
// Last year's report: the same organ's if there is one, else the largest of the year before.
const previous =
  fixtures.find((x) => x.report.year === largest.report.year - 1 && x.report.organ.name === largest.report.organ.name) ??
  fixtures.find((x) => x.report.year === largest.report.year - 1);

function measure(report: Report, prev: Report | undefined, options: CheckOptions, runs: number) {
  for (let i = 0; i < 5000; i++) check(report, prev, options); // warm-up: JIT
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    check(report, prev, options);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  times.sort();
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), runs };
}

const us = (n: number) => `${n.toFixed(1)} µs`;
const fast = measure(largest.report, undefined, { tablesOnly: true }, 100_000);
const full = measure(largest.report, previous?.report, {}, 20_000);
const findings = check(largest.report, previous?.report).length;

console.log(`check() on ${largest.f} (${(largest.size / 1024).toFixed(1)} KB)`);
console.log(`  tablesOnly, no previous: median ${us(fast.median)}, p95 ${us(fast.p95)} over ${fast.runs} runs — target ≤ 50 µs`);
console.log(
  `  all rules, previous ${previous?.f ?? "none"}: median ${us(full.median)}, p95 ${us(full.p95)} over ${full.runs} runs — target ≤ 1000 µs (${findings} findings)`,
);
