/**
 * One migrated and seeded SQLite database for every database suite: built once per state of
 * what makes it (prisma/, and the fixtures, schema and template the seed reads, hashed) and kept in the temp folder, then copied
 * into a fresh folder for each suite, so suites do not migrate and seed on their own and
 * cannot see each other's leftovers. Call before the first import of lib/server/db.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

function templateDatabase(): string {
  const hash = createHash("sha256");
  const inputs = ["prisma", "tests/fixtures", "lib/report", "lib/template"].flatMap((d) => filesUnder(path.join(ROOT, d)));
  for (const f of inputs) hash.update(f).update(fs.readFileSync(f));
  const file = path.join(os.tmpdir(), `nianbao-test-template-${hash.digest("hex").slice(0, 16)}.db`);
  if (fs.existsSync(file)) return file;
  // Built aside and renamed into place: a suite running in parallel sees the whole file or none.
  const building = `${file}.${process.pid}.building`;
  const env = { ...process.env, DATABASE_URL: `file:${building}` };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "ignore" });
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
