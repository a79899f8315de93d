#!/usr/bin/env node
// `npm start`: bring the database up to date, add demo data to an empty one,
// build, and serve on http://localhost:3000 (PORT to change).
import { spawnSync } from "node:child_process";
import { ensureAuthSecret } from "./auth-secret.mjs";

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`失败：${cmd} ${args.join(" ")}`);
    process.exit(r.status ?? 1);
  }
};

// Never the secret from the source: BETTER_AUTH_SECRET, or a random one kept beside the database.
process.env.BETTER_AUTH_SECRET = ensureAuthSecret();
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
if (!process.env.SKIP_BUILD) run("npx", ["next", "build"]);
run("npx", ["next", "start", "-p", process.env.PORT ?? "3000"]);
