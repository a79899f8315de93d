#!/usr/bin/env node
// `npm run test:pg`: the database tests on PostgreSQL (Vitest project "postgresql": tests/db/*.postgresql.test.ts,
// the migrations' drift check among them) and a slice of the end-to-end tests, at the server TEST_POSTGRES_URL
// names (a role that may create databases). Without TEST_POSTGRES_URL it says so and passes: a machine without
// PostgreSQL still runs `npm test`. Flags: --e2e-only (only the slice), --reuse-build (the SQLite e2e run's
// build, just made from the same sources; `npm test` passes it).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const server = process.env.TEST_POSTGRES_URL;
if (!server) {
  console.log("PostgreSQL 部分跳过：未设置 TEST_POSTGRES_URL（见 README「在 PostgreSQL 上运行」）。");
  process.exit(0);
}
const args = process.argv.slice(2);
// The sign-in and the admin, the wizard, the review and the supervisor's January (queue, 催报名单, 汇总表), and two app
// processes on one database.
const SPECS = ["e2e/auth.spec.ts", "e2e/wizard.spec.ts", "e2e/review.spec.ts", "e2e/review-january.spec.ts", "e2e/two-processes.spec.ts"];

const run = (cmd, cmdArgs, env = {}) => {
  const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!args.includes("--e2e-only")) run("npx", ["vitest", "run", "--project", "postgresql"]);

const port = process.env.E2E_PG_PORT ?? "3120";
const database = `nianbao_e2e_${port}`;
const { default: pg } = await import("pg");
const admin = new pg.Client({ connectionString: server });
await admin.connect();
try {
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  // The "C" collation: names sort by code point as on SQLite, and the path index serves prefix matches.
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
} finally {
  await admin.end();
}
const url = new URL(server);
url.pathname = `/${database}`;

const env = { E2E_PORT: port, E2E_DATABASE_URL: url.toString() };
const built = `.next-e2e-${process.env.E2E_PORT ?? "3100"}`;
if (args.includes("--reuse-build") && fs.existsSync(built)) Object.assign(env, { NEXT_DIST_DIR: built, E2E_SKIP_BUILD: "1" });
console.log(`PostgreSQL 端到端测试：${SPECS.join(" ")}（数据库 ${database}，端口 ${port}）`);
run("npx", ["playwright", "test", ...SPECS], env);
