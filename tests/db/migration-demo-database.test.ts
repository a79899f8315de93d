/**
 * The upgrade path as `npm start` takes it, on the demo database: a database made by the migrations before the
 * materialized paths (the schema when issue 13 was filed) and holding every row the demo seed makes (units,
 * accounts, passwords, reports, their history) is brought up to date by `prisma migrate deploy`. Every row of
 * every table comes through unchanged, every unit gets the path of its chain of parents, and the seed afterwards
 * finds nothing missing.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyTestDatabase, runTool } from "./test-database";

const ROOT = path.resolve(__dirname, "../..");
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
/** The first migration after the schema being upgraded from. */
const FIRST_NEW = "20261203000000_organization_path";

// The current demo database (migrated and seeded): the rows to carry over.
const current = copyTestDatabase("nianbao-upgrade-");
const demoFile = process.env.DATABASE_URL!.replace(/^file:/, "");
const oldFile = path.join(current.dir, "old.db");

afterAll(() => current.remove());

/** `prisma migrate deploy` with the migrations of `dir` (a config of its own), or the project's own. */
function deploy(file: string, dir?: string) {
  const args = ["migrate", "deploy"];
  if (dir) {
    const config = path.join(current.dir, "old.config.ts");
    fs.writeFileSync(
      config,
      // In the temp folder, so by absolute paths.
      `import { defineConfig } from ${JSON.stringify(require.resolve("prisma/config"))};
import { driverAdapter } from ${JSON.stringify(path.join(ROOT, "lib/server/driver-adapter"))};
export default defineConfig({
  experimental: { adapter: true },
  schema: ${JSON.stringify(path.join(ROOT, "prisma/schema.prisma"))},
  migrations: { path: ${JSON.stringify(dir)} },
  engine: "js",
  adapter: async () => driverAdapter(process.env.DATABASE_URL!, { forMigrations: true }),
});
`,
    );
    args.push("--config", config);
  }
  runTool("prisma", args, { env: { ...process.env, DATABASE_URL: `file:${file}` } });
}

type Row = Record<string, unknown>;
const tablesOf = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[]).map((t) => t.name);
const columnsOf = (db: Database.Database, table: string) => (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
const rowsOf = (db: Database.Database, table: string, columns: string[]) =>
  db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}" ORDER BY ${columns.map((c) => `"${c}"`).join(", ")}`).all() as Row[];

describe("upgrading the demo database", () => {
  it("keeps every row and gives every unit its path", async () => {
    // The schema before: the old migrations, applied by Prisma so its migration history is the real one.
    const oldDir = path.join(current.dir, "migrations");
    fs.mkdirSync(oldDir);
    for (const m of fs.readdirSync(MIGRATIONS)) {
      if (m.endsWith(".toml")) fs.copyFileSync(path.join(MIGRATIONS, m), path.join(oldDir, m));
      else if (m < FIRST_NEW) fs.cpSync(path.join(MIGRATIONS, m), path.join(oldDir, m), { recursive: true });
    }
    deploy(oldFile, oldDir);

    // The demo rows, as far as the old schema has their tables and columns.
    const demo = new Database(demoFile, { readonly: true });
    const old = new Database(oldFile);
    const before: Record<string, { columns: string[]; rows: Row[] }> = {};
    old.pragma("foreign_keys = OFF");
    for (const table of tablesOf(old)) {
      const columns = columnsOf(old, table);
      const rows = rowsOf(demo, table, columns);
      const insert = old.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      for (const r of rows) insert.run(...columns.map((c) => r[c]));
      before[table] = { columns, rows: rowsOf(old, table, columns) };
    }
    expect(before.Organization.columns).not.toContain("path");
    expect(before.Report.rows.length).toBeGreaterThan(0);
    expect(before.account.rows.length).toBeGreaterThan(0);
    old.close();

    // The upgrade: the project's migrations, as `npm start` runs them.
    deploy(oldFile);

    const upgraded = new Database(oldFile, { readonly: true });
    try {
      for (const [table, { columns, rows }] of Object.entries(before)) expect(rowsOf(upgraded, table, columns), table).toEqual(rows);
      const paths = upgraded.prepare(`SELECT "id", "parentId", "path" FROM "Organization"`).all() as { id: string; parentId: string | null; path: string }[];
      const byId = new Map(paths.map((o) => [o.id, o]));
      for (const o of paths) {
        const chain: string[] = [];
        for (let x: (typeof paths)[number] | undefined = o; x; x = x.parentId ? byId.get(x.parentId) : undefined) chain.unshift(x.id);
        expect(o.path).toBe(`/${chain.join("/")}/`);
      }
      // Today's seed finds the demo data complete (and the paths as it would have made them).
      const expected = new Database(demoFile, { readonly: true });
      expect(paths.map((o) => [o.id, o.path]).sort()).toEqual((expected.prepare(`SELECT "id", "path" FROM "Organization"`).all() as { id: string; path: string }[]).map((o) => [o.id, o.path]).sort());
      expected.close();
    } finally {
      upgraded.close();
    }
    // The seed `npm start` runs next, in-process on the upgraded file: it adds nothing (its 跳过).
    const { seed } = await import("@/prisma/seed");
    const { connectPrisma } = await import("@/lib/server/prisma-connect");
    const db = connectPrisma(`file:${oldFile}`);
    try {
      expect(await seed(db)).toBe(false);
    } finally {
      await db.$disconnect();
    }
  }, 180_000);
});
