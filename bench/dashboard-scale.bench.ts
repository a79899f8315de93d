/**
 * The supervisor's pages at scale, as `shenhe` (who supervises every synthetic unit), on
 * - SQLite: data/bench-5000.db, 5,000 units × 7 years; targets dashboard ≤ 200 ms, report ≤ 100 ms;
 * - PostgreSQL: nianbao_bench_35000, 35,000 units × 7 years (bench/support/bench-database.ts; skipped,
 *   and says so, without BENCH_POSTGRES_URL or TEST_POSTGRES_URL); targets dashboard ≤ 300 ms, report ≤ 100 ms;
 * each built by `npm run bench:data` when missing or of another size, else reused. First the services
 * called directly:
 * - the dashboard's first page (counts, 各辖区提交情况, the page of units, the roll-up totals);
 * - a searched and filtered page (a sub-area, a kind, a name, a status, by deadline);
 * - the review queue of a report (position, 上一份/下一份);
 * - opening a report as the supervisor (loadReportForReview, what /review/<id> reads first);
 * - the report with its comments and the queue, as /review/<id> reads them;
 * - the 汇总表 at the supervisor's level;
 * - the 催报名单's first page, and the whole list as its .xlsx reads it (time and memory);
 * then the same pages from `next start` of the production build, read to the end of the HTML:
 * GET /review (the dashboard's first page), GET /review/<id> and GET /review/reminders, and the
 * admin's GET /admin (browsing and searching the whole directory).
 * Prints median and p95, never asserts. BENCH_UNITS / BENCH_PG_UNITS / BENCH_YEARS change the sizes;
 * BENCH_DASHBOARD_ONLY=sqlite|postgresql runs one database.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { demoPassword } from "../prisma/demo-data";
import { serveDatabase } from "../scripts/own-server";
import { ensureFilled, postgresBench, sqliteBench, type BenchDatabase } from "./support/bench-database";
import { getPage, signInCookie } from "./support/http";
import { summary } from "./support/quantiles";

const root = path.resolve(__dirname, "..");
const UNITS = Number(process.env.BENCH_UNITS ?? 5000);
const PG_UNITS = Number(process.env.BENCH_PG_UNITS ?? 35000);
const YEARS = Number(process.env.BENCH_YEARS ?? 7);
const PORT = Number(process.env.BENCH_DASHBOARD_PORT ?? 3331);
const TARGET = Number(process.env.BENCH_DASHBOARD_TARGET ?? 200);

const stats = (xs: number[]) => {
  const s = summary(xs);
  return `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;
};

const signedMegabytes = (bytes: number) => `${bytes >= 0 ? "+" : "−"}${Math.abs(bytes / 1e6).toFixed(0)} MB`;

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
  const { supervisorDashboard } = await import("../lib/server/dashboard-service");
  const { reviewQueue } = await import("../lib/server/review-queue");
  const { loadReportForReview } = await import("../lib/server/review-service");
  const { db } = await import("../lib/server/db");
  const shenhe = { id: "user-supervisor", name: "区政务公开办审核人", role: "supervisor" as const, organizationId: "org-district" };
  const year = new Date().getFullYear() - 1;
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs; services called directly, year ${year}`);

  const first = await supervisorDashboard(shenhe, year);
  if (!first) throw new Error("shenhe is not a supervisor here");
  console.log(`  (${first.whole.units} units, ${first.areas.length} sub-areas, ${first.totals?.count ?? 0} reports in the totals, ${first.pageCount} pages)`);
  console.log(`dashboard, first page: ${stats(await time(20, () => supervisorDashboard(shenhe, year)))} (target ≤ ${TARGET} ms)`);

  const area = first.areas.find((a) => a.areaId)!;
  const narrowed = { area: area.areaId!, kind: "township", q: "镇", status: "notin", sort: "deadline" as const, page: 2 };
  const page = await supervisorDashboard(shenhe, year, narrowed);
  console.log(`  (${area.name}, 乡镇, “镇”, 未提交, by deadline, page 2: ${page!.rows.length} of ${page!.matched})`);
  console.log(`dashboard, searched and filtered page: ${stats(await time(20, () => supervisorDashboard(shenhe, year, narrowed)))} (target ≤ ${TARGET} ms)`);

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
  const { reminderCallPage, reminderCallList } = await import("../lib/server/reminders-service");
  console.log(`催报名单, first page (units not handed in, their contacts): ${stats(await time(20, () => reminderCallPage(shenhe, year)))}`);
  const { supervisorSummary } = await import("../lib/server/summary-service");
  console.log(`汇总表 at the supervisor's level (roll-ups of the accepted reports, per unit directly below): ${stats(await time(5, () => supervisorSummary(shenhe, year, ["approved", "published"])))}`);
  const rss = process.memoryUsage().rss;
  const t0 = performance.now();
  const all = await reminderCallList(shenhe, year);
  console.log(
    `催报名单, the whole list for the .xlsx (${all!.length} units): ${(performance.now() - t0).toFixed(0)} ms, RSS ${signedMegabytes(process.memoryUsage().rss - rss)} (after, less before: the collector may have run meanwhile)`,
  );
  await db.$disconnect();
}

/** The two pages as a browser gets them from `next start`: the HTML, streamed to its end. */
async function overHttp(target: BenchDatabase, targetMs: number) {
  const year = new Date().getFullYear() - 1;
  const { connectPrisma } = await import("../lib/server/prisma-connect");
  const db = connectPrisma(target.url);
  const ids = (await db.report.findMany({ where: { year, status: "submitted", id: { startsWith: "bench-" } }, select: { id: true }, take: 40 })).map((r) => r.id);
  await db.$disconnect();
  const server = await serveDatabase({ port: PORT, databaseUrl: target.url });
  try {
    const cookie = await signInCookie(server.origin, "shenhe", demoPassword("shenhe"));
    const page = async (pathname: string) => {
      const r = await getPage(server.origin, pathname, cookie);
      if (r.status !== 200) throw new Error(`GET ${pathname} answered ${r.status}`);
    };
    console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}; next start on ${target.label}`);
    // The year of the bench data: /review alone shows the year under review by the calendar (from July, this year's).
    console.log(`GET /review?year=${year} (dashboard, first page, whole HTML): ${stats(await time(20, () => page(`/review?year=${year}`)))} (target ≤ ${targetMs} ms)`);
    let k = 0;
    console.log(`GET /review/<id> (opening a report, whole HTML): ${stats(await time(20, () => page(`/review/${ids[k++ % ids.length]}`)))} (target ≤ 100 ms)`);
    console.log(`GET /review/reminders?year=${year} (催报名单, first page, whole HTML): ${stats(await time(20, () => page(`/review/reminders?year=${year}`)))}`);
    console.log(`GET /review/summary?year=${year} (汇总表, whole HTML): ${stats(await time(5, () => page(`/review/summary?year=${year}`)))}`);
    // The admin's page over the whole directory (every unit and account of the database).
    const adminCookie = await signInCookie(server.origin, "admin", demoPassword("admin"));
    const adminPage = async (pathname: string) => {
      const r = await getPage(server.origin, pathname, adminCookie);
      if (r.status !== 200) throw new Error(`GET ${pathname} answered ${r.status}`);
    };
    console.log(`GET /admin (单位与账号管理, top level and newest accounts, whole HTML): ${stats(await time(10, () => adminPage("/admin")))}`);
    console.log(`GET /admin?q=镇 (units named like a search, whole HTML): ${stats(await time(10, () => adminPage(`/admin?q=${encodeURIComponent("镇")}`)))}`);
  } finally {
    server.stop();
  }
}

async function bench(target: BenchDatabase, targetMs: number) {
  console.log(`\n-- ${target.label}`);
  await ensureFilled(target);
  // The services are server-only: run them under the react-server condition, as Next.js does.
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", __filename], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url, BENCH_DASHBOARD_CHILD: "1", BENCH_DASHBOARD_TARGET: String(targetMs), NODE_ENV: "production" },
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("the services' bench failed");
  await overHttp(target, targetMs);
}

if (process.env.BENCH_DASHBOARD_CHILD) {
  measure().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  (async () => {
    const only = process.env.BENCH_DASHBOARD_ONLY;
    if (only !== "postgresql") await bench(sqliteBench(UNITS, YEARS), 200);
    if (only === "sqlite") return;
    const pgTarget = await postgresBench(PG_UNITS, YEARS);
    if ("skipped" in pgTarget) console.log(`\n${pgTarget.skipped}`);
    else await bench(pgTarget, 300);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
