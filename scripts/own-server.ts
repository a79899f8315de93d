/**
 * A production server of its own for a script that drives the app in Chromium
 * (the wizard bench, the screenshots): spare port, own SQLite file (migrated and
 * seeded afresh), own build folder; `skipBuild` reuses that folder's last build.
 * `serveDatabase` serves a database as it is instead (the scale benches' filled ones).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { demoPassword } from "../prisma/demo-data";

export interface OwnServer {
  origin: string;
  stop(): void;
  /** The server's process group (it is started detached), for reading its CPU time. */
  pgid?: number;
}

export async function startOwnServer(opts: { port: number; name: string; skipBuild?: boolean }): Promise<OwnServer> {
  const child = spawn("node", ["scripts/e2e-server.mjs"], {
    env: {
      ...process.env,
      PORT: String(opts.port),
      DATABASE_URL: `file:./data/${opts.name}.db`,
      NEXT_DIST_DIR: `.next-${opts.name}`,
      ...(opts.skipBuild ? { E2E_SKIP_BUILD: "1" } : {}),
    },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return waitUntilUp(child, `http://localhost:${opts.port}`, 600_000);
}

/**
 * `next start` of the production build in `distDir` on the database at `databaseUrl`, left as it is
 * (migrated beforehand, not reset, not seeded). The build is made once per `npm run bench` run
 * (bench/run.ts sets BENCH_RUN_ID), or whenever BENCH_RUN_ID is unset; BENCH_SKIP_BUILD=1 reuses the last.
 * Sessions are signed with a secret of this server's own: they live as long as the bench.
 */
export async function serveDatabase(opts: { port: number; databaseUrl: string; distDir?: string }): Promise<OwnServer> {
  const distDir = opts.distDir ?? ".next-bench-scale";
  const env = { ...process.env, DATABASE_URL: opts.databaseUrl, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  const marker = path.join(distDir, "bench-run-id");
  const runId = process.env.BENCH_RUN_ID;
  const built = fs.existsSync(path.join(distDir, "BUILD_ID"));
  const fresh = built && (process.env.BENCH_SKIP_BUILD || (runId && fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === runId));
  if (!fresh) {
    console.log(`building the production server into ${distDir} (next build) …`);
    const r = spawnSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error("next build failed");
    if (runId) fs.writeFileSync(marker, runId);
  }
  const child = spawn("npx", ["next", "start", "-p", String(opts.port)], {
    env: { ...env, BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"), NODE_ENV: "production" },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return waitUntilUp(child, `http://localhost:${opts.port}`, 120_000);
}

async function waitUntilUp(child: ChildProcess, origin: string, ms: number): Promise<OwnServer> {
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
  };
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("the server exited before it was up");
    try {
      if ((await fetch(origin, { redirect: "manual" })).status < 500) return { origin, stop, pgid: child.pid };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`the server did not start within ${ms / 60_000} minutes`);
}

/**
 * Runs `work` against a server of its own in Debian's Chromium, then stops both;
 * a failure is printed and the process exits 1.
 */
export function runWithOwnServer(
  opts: { port: number; name: string; skipBuild?: boolean },
  work: (origin: string, browser: Browser) => Promise<void>,
): void {
  const run = async () => {
    const server = await startOwnServer(opts);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    try {
      await work(server.origin, browser);
    } finally {
      await browser.close();
      server.stop();
    }
  };
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/** Signs a demo account in (README 演示账号); the session cookie lands in the context. */
export async function signIn(context: BrowserContext, origin: string, username: string): Promise<void> {
  const res = await context.request.post(`${origin}/api/auth/sign-in/username`, {
    data: { username, password: demoPassword(username) },
    headers: { origin },
  });
  if (!res.ok()) throw new Error(`${username} 登录失败：${res.status()}`);
}
