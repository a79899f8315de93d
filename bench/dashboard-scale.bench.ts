/**
 * The supervisor's pages at scale, on SQLite: data/bench-5000.db with 5,000 units × 7 years
 * under 示例区政务公开办 (built by `npm run bench:data` when missing or of another size, else
 * reused), the services called directly as `shenhe`:
 * - the dashboard's first page (counts, 各辖区提交情况, the page of units, the roll-up totals); target ≤ 200 ms;
 * - a searched and filtered page (a sub-area, a kind, a name, a status, by deadline);
 * - the review queue of a report (position, 上一份/下一份);
 * - opening a report as the supervisor (loadReportForReview, what /review/<id> reads first); target ≤ 100 ms;
 * - the report with its comments and the queue, as /review/<id> reads them.
 * Prints median and p95, never asserts. BENCH_UNITS / BENCH_YEARS change the size.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const UNITS = Number(process.env.BENCH_UNITS ?? 5000);
const YEARS = Number(process.env.BENCH_YEARS ?? 7);
const file = path.join(root, "data", `bench-${UNITS}.db`);

/** Units and years already in the file (0 when there is none). */
function present(): { units: number; years: number } {
  if (!fs.existsSync(file)) return { units: 0, years: 0 };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    const u = db.prepare(`SELECT COUNT(*) AS n FROM "Organization" WHERE "id" LIKE 'bench-%'`).get() as { n: number };
    const y = db.prepare(`SELECT COUNT(DISTINCT "year") AS n FROM "Report" WHERE "id" LIKE 'bench-%'`).get() as { n: number };
    return { units: u.n, years: y.n };
  } catch {
    return { units: 0, years: 0 };
  } finally {
    db.close();
  }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms`;
};

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function measure() {
  const { supervisorDashboard, reviewQueue } = await import("../lib/server/dashboard-service");
  const { loadReportForReview } = await import("../lib/server/review-service");
  const { db } = await import("../lib/server/db");
  const shenhe = { id: "user-supervisor", name: "区政务公开办审核人", role: "supervisor" as const, organizationId: "org-district" };
  const year = new Date().getFullYear() - 1;
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs; ${UNITS} units × ${YEARS} years, year ${year}`);

  const first = await supervisorDashboard(shenhe, year);
  if (!first) throw new Error("shenhe is not a supervisor here");
  console.log(`  (${first.whole.units} units, ${first.areas.length} sub-areas, ${first.totals?.count ?? 0} reports in the totals, ${first.pageCount} pages)`);
  console.log(`dashboard, first page: ${stats(await time(20, () => supervisorDashboard(shenhe, year)))} (target ≤ 200 ms)`);

  const area = first.areas.find((a) => a.areaId)!;
  const narrowed = { area: area.areaId!, kind: "township", q: "镇", status: "notin", sort: "deadline" as const, page: 2 };
  const page = await supervisorDashboard(shenhe, year, narrowed);
  console.log(`  (${area.name}, 乡镇, “镇”, 未提交, by deadline, page 2: ${page!.rows.length} of ${page!.matched})`);
  console.log(`dashboard, searched and filtered page: ${stats(await time(20, () => supervisorDashboard(shenhe, year, narrowed)))} (target ≤ 200 ms)`);

  const waiting = await db.report.findMany({ where: { year, status: "submitted", id: { startsWith: "bench-" } }, select: { id: true }, take: 40 });
  const ids = waiting.map((w) => w.id);
  let k = 0;
  console.log(`review queue (待审核, position and neighbours): ${stats(await time(20, () => reviewQueue(shenhe, ids[k++ % ids.length], year, { status: "submitted" })))}`);
  k = 0;
  console.log(`opening a report as the supervisor (loadReportForReview): ${stats(await time(20, () => loadReportForReview(shenhe, ids[k++ % ids.length])))} (target ≤ 100 ms)`);
  // What /review/<id> reads besides (the history service imports Next.js's navigation, which runs only inside Next.js).
  const { listComments } = await import("../lib/server/comments-service");
  k = 0;
  const withQueue = async () => {
    const id = ids[k++ % ids.length];
    await loadReportForReview(shenhe, id);
    await Promise.all([listComments(shenhe, id), reviewQueue(shenhe, id, year, { status: "submitted" })]);
  };
  console.log(`/review/<id>: the report, its comments and the queue: ${stats(await time(20, withQueue))}`);
  await db.$disconnect();
}

if (process.env.BENCH_DASHBOARD_CHILD) {
  measure().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  const have = present();
  if (have.units !== UNITS || have.years !== YEARS) {
    console.log(`building ${path.relative(root, file)} (${UNITS} units × ${YEARS} years) with npm run bench:data …`);
    const t0 = performance.now();
    execFileSync("npx", ["tsx", "scripts/bench-data.ts", "--units", String(UNITS), "--years", String(YEARS)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: "inherit",
    });
    console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    console.log(`reusing ${path.relative(root, file)} (${have.units} units × ${have.years} years); migrating it to the current schema`);
    execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  }
  // The services are server-only: run them under the react-server condition, as Next.js does.
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", __filename], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}`, BENCH_DASHBOARD_CHILD: "1", NODE_ENV: "production" },
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}
