#!/usr/bin/env node
// `postinstall`: one Prisma client per database, each from its own schema (prisma.config.ts picks the
// schema by DATABASE_URL's scheme; generating connects to nothing, so a placeholder URL does).
import { spawnSync } from "node:child_process";

for (const url of ["file:./data/nianbao.db", "postgresql://localhost/generate-only"]) {
  const r = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
