/**
 * The databases the scale benches run on, filled by `npm run bench:data` when missing or of
 * another size, else reused (migrated to the current schema):
 * - SQLite: data/bench-<units>.db;
 * - PostgreSQL: database nianbao_bench_<units> on the server of BENCH_POSTGRES_URL, else of
 *   TEST_POSTGRES_URL (a role that may create databases, as for the PostgreSQL tests). Without
 *   either, or when the server does not answer, the PostgreSQL part is skipped and says why.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { withDatabaseName } from "../../lib/server/database-url";
import { BENCH_PREFIX } from "../../scripts/bench-tree";

const ROOT = path.resolve(__dirname, "../..");

export interface BenchDatabase {
  label: string;
  url: string;
  units: number;
  years: number;
  clerks: number;
}

export function sqliteBench(units: number, years: number, clerks = 100): BenchDatabase {
  return { label: `SQLite, ${units} units × ${years} years`, url: `file:${path.join(ROOT, "data", `bench-${units}.db`)}`, units, years, clerks };
}

/** The PostgreSQL bench database (created empty, "C" collation, when missing), or why there is none. */
export async function postgresBench(units: number, years: number, clerks = 100): Promise<BenchDatabase | { skipped: string }> {
  const server = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!server) return { skipped: "PostgreSQL 部分已跳过：未设置 BENCH_POSTGRES_URL 或 TEST_POSTGRES_URL（PostgreSQL part skipped: no server given）" };
  const database = `nianbao_bench_${units}`;
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    // The "C" collation: names sort by code point as on SQLite, and the path index serves prefix matches.
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
  } catch (e) {
    return { skipped: `PostgreSQL 部分已跳过：连接 ${new URL(server).host} 失败（${e instanceof Error ? e.message : e}）` };
  } finally {
    await admin.end().catch(() => undefined);
  }
  return { label: `PostgreSQL, ${units} units × ${years} years`, url: withDatabaseName(server, database), units, years, clerks };
}

/** What bench:data left in the database: synthetic units, years of reports, bench clerks (zeros when empty). */
async function present(url: string): Promise<{ units: number; years: number; clerks: number }> {
  const { connectPrisma } = await import("../../lib/server/prisma-connect");
  const db = connectPrisma(url);
  const like = `'${BENCH_PREFIX}%'`;
  try {
    const n = async (sql: string) => Number(((await db.$queryRawUnsafe(sql)) as { n: number | bigint }[])[0].n);
    return {
      units: await n(`SELECT COUNT(*) AS n FROM "Organization" WHERE "id" LIKE ${like}`),
      years: await n(`SELECT COUNT(DISTINCT "year") AS n FROM "Report" WHERE "id" LIKE ${like}`),
      clerks: await n(`SELECT COUNT(*) AS n FROM "user" WHERE "id" LIKE ${like}`),
    };
  } catch {
    return { units: 0, years: 0, clerks: 0 };
  } finally {
    await db.$disconnect();
  }
}

/** Fills the database with bench:data unless it already holds this size; migrates it either way. */
export async function ensureFilled(target: BenchDatabase): Promise<void> {
  const env = { ...process.env, DATABASE_URL: target.url };
  const have = await present(target.url);
  if (have.units === target.units && have.years === target.years && have.clerks === target.clerks) {
    console.log(`reusing ${target.label} (${have.clerks} bench clerks); migrating it to the current schema`);
    execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
    return;
  }
  console.log(`building ${target.label} with npm run bench:data …`);
  const t0 = performance.now();
  const args = ["--units", String(target.units), "--years", String(target.years), "--clerks", String(target.clerks)];
  execFileSync("npx", ["tsx", "scripts/bench-data.ts", ...args], { cwd: ROOT, env, stdio: "inherit" });
  console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
