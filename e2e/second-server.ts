/**
 * A second `next start` on the Playwright server's build and database (SQLite file or, under
 * `npm run test:pg`, PostgreSQL): what two app processes share must be in the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { e2eDatabaseUrl } from "./db";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const root = path.resolve(__dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? `.next-e2e-${PORT}`;

export async function startSecondServer(port: number, env: Record<string, string | undefined>): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`second server exited ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/login`)).status === 200) return { origin, child };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("second server did not start");
}

export const stopSecondServer = (child: ChildProcess) => {
  if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
};
