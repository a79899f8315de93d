#!/usr/bin/env node
// `npm run db:pg-migration -- <name>`: the PostgreSQL migration that brings prisma/postgresql/migrations up to
// prisma/postgresql/schema.prisma (run `npm run db:pg-schema` first). Prisma replays the committed migrations
// into a scratch database on the server at DATABASE_URL or TEST_POSTGRES_URL (dropped afterwards) and writes
// the difference; the SQLite migration is made as before, from prisma/schema.prisma.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("用法：npm run db:pg-migration -- <名称，小写字母、数字、下划线>");
  process.exit(2);
}
const url = [process.env.DATABASE_URL, process.env.TEST_POSTGRES_URL].find((u) => u && /^postgres(ql)?:\/\//.test(u));
if (!url) {
  console.error("需要一个 PostgreSQL 服务器：请设置 DATABASE_URL 或 TEST_POSTGRES_URL 为 postgresql://…");
  process.exit(2);
}
const dir = path.join("prisma", "postgresql", "migrations");
const r = spawnSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-migrations", dir, "--to-schema-datamodel", path.join("prisma", "postgresql", "schema.prisma"), "--script"],
  { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (r.status !== 0) process.exit(r.status ?? 1);
const sql = r.stdout.replace(/^Loaded Prisma config.*\n/m, "");
if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
  console.log("PostgreSQL 迁移已与 schema 一致，无需新迁移。");
  process.exit(0);
}
// Migrations apply in name order: after the last one, whatever the clock says.
const stamp = (d) => d.toISOString().replace(/\D/g, "").slice(0, 14);
const last = fs.readdirSync(dir).filter((m) => /^\d{14}_/.test(m)).sort().at(-1)?.slice(0, 14) ?? "0";
let ts = stamp(new Date());
if (ts <= last) ts = String(BigInt(last) + 1n);
const target = path.join(dir, `${ts}_${name}`);
fs.mkdirSync(target);
fs.writeFileSync(path.join(target, "migration.sql"), sql);
console.log(`已写入 ${path.join(target, "migration.sql")}`);
