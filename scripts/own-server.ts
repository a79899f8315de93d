/**
 * A production server of its own for a script that drives the app in Chromium
 * (the wizard bench, the screenshots): spare port, own SQLite file (migrated and
 * seeded afresh), own build folder; `skipBuild` reuses that folder's last build.
 */
import { spawn } from "node:child_process";

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
