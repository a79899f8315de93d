/**
 * The committed PostgreSQL migrations build exactly prisma/postgresql/schema.prisma (the one schema with the other
 * provider, tests/postgresql-schema.test.ts): a schema change without `npm run db:pg-migration` fails here. Prisma
 * replays the migrations into a scratch (shadow) database on the server TEST_POSTGRES_URL names, so it needs one.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_SKIPPED } from "./test-database";

const ROOT = path.resolve(__dirname, "../..");
// The CLI itself, not through npx: the same program without npx's own start-up.
const PRISMA = path.join(ROOT, "node_modules/prisma/build/index.js");

describe("the PostgreSQL migrations", () => {
  const server = process.env.TEST_POSTGRES_URL;
  it.skipIf(!server)(server ? "build exactly the PostgreSQL schema" : `build exactly the PostgreSQL schema：${POSTGRES_SKIPPED}`, () => {
    // Prisma replays the migrations into a scratch (shadow) database on the server and compares.
    const r = spawnSync(
      process.execPath,
      [PRISMA, "migrate", "diff", "--from-migrations", "prisma/postgresql/migrations", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--exit-code"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: server }, encoding: "utf8" },
    );
    expect(r.status, `${r.stdout}${r.stderr}\n请运行 npm run db:pg-migration -- <名称>`).toBe(0);
  }, 120_000);
});
