import { defineConfig } from "@playwright/test";
import { ensureAuthSecret } from "./scripts/auth-secret.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e server's signing secret (scripts/e2e-server.mjs makes the same one), in the environment of every
// test too, so a spec that starts a second `next start` on the same database shares the sessions.
process.env.BETTER_AUTH_SECRET = ensureAuthSecret({ ...process.env, DATABASE_URL: `file:./data/e2e-${port}.db` });

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      // Debian's Chromium: `npx playwright install` cannot download a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}`,
    // E2E_DATABASE_URL: the same specs on PostgreSQL (scripts/test-postgresql.mjs); otherwise data/e2e-<port>.db.
    env: { PORT: String(port), ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}) },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
