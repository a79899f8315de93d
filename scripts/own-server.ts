/**
 * A production server of its own for a script that drives the app in Chromium
 * (the wizard bench, the screenshots): spare port, own SQLite file (migrated and
 * seeded afresh), own build folder; `skipBuild` reuses that folder's last build.
 */
import { spawn } from "node:child_process";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { demoPassword } from "../prisma/demo-data";

export interface OwnServer {
  origin: string;
  stop(): void;
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
  const origin = `http://localhost:${opts.port}`;
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
  };
  const until = Date.now() + 600_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error("the server exited before it was up");
    try {
      if ((await fetch(origin, { redirect: "manual" })).status < 500) return { origin, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error("the server did not start within 10 minutes");
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
