#!/usr/bin/env node
// The server Playwright tests run against: a fresh SQLite file per port, migrated
// and seeded, a production build in its own folder, served on PORT.
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
const file = env.DATABASE_URL.replace(/^file:/, "");
for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });

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
