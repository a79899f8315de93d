#!/usr/bin/env node
// The server Playwright tests run against: a fresh database per port — a SQLite file, or (DATABASE_URL
// postgresql://…, `npm run test:pg`) a PostgreSQL database whose schema is emptied — migrated and seeded,
// a production build in its own folder, served on PORT.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import { ensureAuthSecret } from "./auth-secret.mjs";

const port = process.env.PORT ?? "3100";
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? `file:./data/e2e-${port}.db`,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? `.next-e2e-${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
env.BETTER_AUTH_SECRET = ensureAuthSecret(env);
if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) await resetPostgres(env.DATABASE_URL);
else {
  const file = env.DATABASE_URL.replace(/^file:/, "");
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

const run = (args) => {
  const r = spawnSync("npx", args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(["prisma", "migrate", "deploy"]);
run(["tsx", "prisma/seed.ts"]);
if (!process.env.E2E_SKIP_BUILD) run(["next", "build"]);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));

/** Everything in the database's schema goes: only a database meant for tests (its name says so) is touched. */
async function resetPostgres(url) {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.slice(1));
  if (!/e2e|test/i.test(database)) {
    console.error(`e2e 测试会清空数据库，只用名称含 e2e 或 test 的数据库；${database} 不是。`);
    process.exit(2);
  }
  const schema = u.searchParams.get("schema") ?? "public";
  u.searchParams.delete("schema");
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const id = `"${schema.replaceAll('"', '""')}"`;
    await client.query(`DROP SCHEMA IF EXISTS ${id} CASCADE; CREATE SCHEMA ${id}`);
  } finally {
    await client.end();
  }
}
