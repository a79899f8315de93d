/**
 * One migrated and seeded SQLite database for every database suite (and one PostgreSQL template, below): built once per state of
 * what makes it (prisma/, and the fixtures, schema and template the seed reads, hashed) and kept in the temp folder, then copied
 * into a fresh folder for each suite, so suites do not migrate and seed on their own and
 * cannot see each other's leftovers. Call before the first import of lib/server/db.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { withDatabaseName } from "@/lib/server/database-url";

const ROOT = path.resolve(__dirname, "../..");

/**
 * The project's own Prisma CLI or tsx, started by node directly: npx would first look the package up, which costs
 * more than some of the commands themselves.
 */
export function runTool(tool: "prisma" | "tsx", args: string[], options: { env?: NodeJS.ProcessEnv; stdio?: "ignore" | "pipe" } = {}): string {
  const bin = tool === "prisma" ? "node_modules/prisma/build/index.js" : "node_modules/tsx/dist/cli.mjs";
  return execFileSync(process.execPath, [path.join(ROOT, bin), ...args], { cwd: ROOT, encoding: "utf8", stdio: options.stdio ?? "pipe", env: options.env ?? process.env });
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** What the seeded template database is made of (prisma/ and what the seed reads), hashed. */
function inputsHash(): string {
  const hash = createHash("sha256");
  const inputs = ["prisma", "tests/fixtures", "lib/report", "lib/template"].flatMap((d) => filesUnder(path.join(ROOT, d)));
  for (const f of inputs) hash.update(f).update(fs.readFileSync(f));
  return hash.digest("hex").slice(0, 16);
}

function templateDatabase(): string {
  const file = path.join(os.tmpdir(), `nianbao-test-template-${inputsHash()}.db`);
  if (fs.existsSync(file)) return file;
  // Built aside and renamed into place: a suite running in parallel sees the whole file or none.
  const building = `${file}.${process.pid}.building`;
  const env = { ...process.env, DATABASE_URL: `file:${building}` };
  runTool("prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  runTool("tsx", ["prisma/seed.ts"], { env, stdio: "ignore" });
  fs.renameSync(building, file);
  return file;
}

/** A private copy of the seeded database for this suite; DATABASE_URL points at it. */
export function copyTestDatabase(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(templateDatabase(), file);
  process.env.DATABASE_URL = `file:${file}`;
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A database of one suite, on either engine: its DATABASE_URL and how to throw it away. */
export interface TestDatabase {
  url: string;
  remove: () => Promise<void>;
}

export async function sqliteTestDatabase(prefix: string): Promise<TestDatabase> {
  const copy = copyTestDatabase(prefix);
  return { url: process.env.DATABASE_URL!, remove: async () => copy.remove() };
}

/**
 * PostgreSQL, when TEST_POSTGRES_URL names a server and a role that may create databases (`.ci/run` makes
 * one; README「在 PostgreSQL 上运行」): the suites' databases are copies (CREATE DATABASE … TEMPLATE) of one
 * migrated and seeded template database, built once per state of its inputs like the SQLite one.
 * Null without TEST_POSTGRES_URL: the suite is skipped and says why.
 */
export function postgresTestDatabase(prefix: string): (() => Promise<TestDatabase>) | null {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    console.info(`${POSTGRES_SKIPPED}（${prefix}）`);
    return null;
  }
  return async () => {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    const name = `nianbao_t_${prefix.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
    try {
      // One builder at a time; CREATE DATABASE … TEMPLATE also wants nobody else on the template.
      await admin.query("SELECT pg_advisory_lock(7041301)");
      try {
        const template = await postgresTemplate(admin, server);
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      } finally {
        await admin.query("SELECT pg_advisory_unlock(7041301)");
      }
    } finally {
      await admin.end();
    }
    return {
      url: withDatabaseName(server, name),
      remove: async () => {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
      },
    };
  };
}

export const POSTGRES_SKIPPED = "PostgreSQL 数据库测试跳过：未设置 TEST_POSTGRES_URL";


async function postgresTemplate(admin: import("pg").Client, server: string): Promise<string> {
  const template = `nianbao_tpl_${inputsHash()}`;
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
  if (exists.rowCount) return template;
  // Earlier states' templates (and a build that died half-way) are of no further use.
  const stale = await admin.query(String.raw`SELECT datname FROM pg_database WHERE datname LIKE 'nianbao\_tpl\_%'`);
  for (const { datname } of stale.rows as { datname: string }[]) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  const building = `${template}_building`;
  // The "C" collation: names sort by code point as in SQLite, and the path index serves prefix matches.
  await admin.query(`CREATE DATABASE "${building}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`);
  const env = { ...process.env, DATABASE_URL: withDatabaseName(server, building) };
  runTool("prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  runTool("tsx", ["prisma/seed.ts"], { env, stdio: "ignore" });
  await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
  return template;
}

/**
 * A suite on the database `open` makes (DATABASE_URL points at it before `body`'s own beforeAll runs,
 * so that one imports lib/server/db afterwards); skipped, and saying why, when there is none.
 */
export function describeOnDatabase(engine: string, open: (() => Promise<TestDatabase>) | null, body: () => void): void {
  describe.skipIf(!open)(open ? engine : `${engine}：${POSTGRES_SKIPPED}`, () => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = await open!();
      process.env.DATABASE_URL = database.url;
    }, 300_000);
    // Hooks after the tests run last-registered first: the suite's own (disconnecting) before this one.
    afterAll(async () => {
      await database?.remove();
    });
    body();
  });
}
