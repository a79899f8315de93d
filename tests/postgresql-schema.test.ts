/**
 * The PostgreSQL schema is the one schema with another provider (scripts/postgresql-schema.mjs), and its
 * committed migrations build exactly that schema: a change to prisma/schema.prisma without
 * `npm run db:pg-schema` fails here; tests/db/postgresql-migrations.postgresql.test.ts checks, on a server, that the
 * committed migrations build it (`npm run db:pg-migration`).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresqlSchema, SOURCE, TARGET } from "../scripts/postgresql-schema.mjs";

const ROOT = path.resolve(__dirname, "..");

describe("the PostgreSQL schema", () => {
  it("is prisma/schema.prisma with the PostgreSQL provider and client", () => {
    const derived = fs.readFileSync(TARGET, "utf8");
    expect(derived, "请运行 npm run db:pg-schema").toBe(postgresqlSchema(fs.readFileSync(SOURCE, "utf8")));
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toMatch(/provider\s*=\s*"sqlite"/);
    expect(fs.readFileSync(path.join(ROOT, "prisma/postgresql/migrations/migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("refuses a schema the derivation does not recognise, rather than copying it unchanged", () => {
    expect(() => postgresqlSchema("datasource db {\n  provider = \"mysql\"\n}\n")).toThrow(/scripts\/postgresql-schema\.mjs/);
  });

  it("has a PostgreSQL migration for every SQLite one's effect (same tables and columns)", () => {
    // Names of tables and columns are the same on both; what differs is only the dialect.
    const tables = (dir: string) =>
      new Set(
        fs
          .readdirSync(dir)
          .filter((m) => fs.existsSync(path.join(dir, m, "migration.sql")))
          .flatMap((m) => [...fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8").matchAll(/CREATE TABLE "(\w+)"/g)].map((x) => x[1]))
          .filter((t) => !t.startsWith("new_")),
      );
    expect(tables(path.join(ROOT, "prisma/postgresql/migrations"))).toEqual(tables(path.join(ROOT, "prisma/migrations")));
  });
});
