/**
 * The review page's "what changed": diffText on the longest paragraph of the fixtures
 * with a few scattered edits, and a complete rewrite (the worst case, which gives up
 * aligning). Target: ≤ 5 ms for the edited paragraph, ≤ 50 ms for the rewrite. Prints, never asserts.
 */
import fs from "node:fs";
import path from "node:path";
import { diffText } from "../lib/report/text-diff";
import { summary } from "./support/quantiles";

const dir = path.join(process.cwd(), "tests/fixtures");
const texts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    return [r.text?.problems, ...Object.values(r.text?.overview ?? {})].filter((t): t is string => typeof t === "string");
  })
  .sort((a, b) => b.length - a.length);
const longest = texts[0] ?? "";
// Ten edits spread over the paragraph: a number changed, a phrase added.
let edited = longest;
for (let i = 1; i <= 10; i++) {
  const at = Math.floor((edited.length * i) / 11);
  edited = `${edited.slice(0, at)}（补充${i}）${edited.slice(at + 1)}`;
}
const rewrite = [...longest].reverse().join("");

function measure(a: string, b: string, runs: number) {
  for (let i = 0; i < 20; i++) diffText(a, b);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    diffText(a, b);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const s = summary(times);
  return { median: s.median, p95: s.p95 };
}

const e = measure(longest, edited, 200);
console.log(`diffText, ${longest.length} characters, 10 edits: median ${e.median.toFixed(2)} ms, p95 ${e.p95.toFixed(2)} ms (target ≤ 5 ms)`);
const r = measure(longest, rewrite, 20);
console.log(`diffText, ${longest.length} characters, complete rewrite: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (target ≤ 50 ms)`);
