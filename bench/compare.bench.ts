/**
 * Year over year: compareYears on the longest fixture against itself lightly edited (every
 * sentence paired with every other, then diffed), and against a report whose texts are all
 * new (nothing pairs). Target: ≤ 50 ms each, so the page renders without waiting. Prints, never asserts.
 */
import fs from "node:fs";
import path from "node:path";
import { compareYears } from "../lib/report/compare";
import { parseReport } from "../lib/report/schema";
import type { Report } from "../lib/report/types";
import { summary } from "./support/quantiles";

function load(file: string): Report {
  const parsed = parseReport(JSON.parse(fs.readFileSync(path.join(process.cwd(), "tests/fixtures", file), "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("；"));
  return parsed.report;
}

const earlier = load("long-text-2021.json");
const sentences = JSON.stringify(earlier.text).split("。").length;
const edited: Report = JSON.parse(JSON.stringify(earlier));
edited.year = earlier.year + 1;
edited.text.problems = edited.text.problems.replace(/。/g, "，并持续改进。");
edited.tables.requests = Object.fromEntries(Object.entries(edited.tables.requests).map(([k, row]) => [k, row.map((v) => (v ?? 0) + 1)]));
const rewritten: Report = JSON.parse(JSON.stringify(edited));
const rev = (s: string) => [...s].reverse().join("");
rewritten.text = JSON.parse(JSON.stringify(rewritten.text, (_k, v) => (typeof v === "string" ? rev(v) : v)));

function measure(a: Report, b: Report, runs: number) {
  for (let i = 0; i < 5; i++) compareYears(a, b);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    compareYears(a, b);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const s = summary(times);
  return { median: s.median, p95: s.p95 };
}

const e = measure(earlier, edited, 50);
console.log(`compareYears, ${sentences} sentences, every sentence of 五 edited: median ${e.median.toFixed(2)} ms, p95 ${e.p95.toFixed(2)} ms (target ≤ 50 ms)`);
const r = measure(earlier, rewritten, 50);
console.log(`compareYears, ${sentences} sentences, all texts new: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (target ≤ 50 ms)`);
