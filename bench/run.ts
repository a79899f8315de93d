/**
 * `npm run bench`: every bench/*.bench.ts in turn, each printing its own numbers.
 * Targets are printed beside the numbers, never asserted.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "bench");
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
// The scale benches build the production server once per run (scripts/own-server.ts serveDatabase).
process.env.BENCH_RUN_ID ??= String(Date.now());
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync("npx", ["tsx", path.join(dir, f)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
