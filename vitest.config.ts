import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "tests/support/server-only.ts") },
};

/**
 * Three kinds of suite, by what they share:
 * - unit: pure code. They share one module graph per worker (`isolate: false`): the importer, the .docx writer and
 *   zod load once, not once per file, which is most of what the suite used to spend.
 * - db (tests/db/): each points DATABASE_URL at its own copy of the seeded database (tests/db/test-database.ts),
 *   and one mocks a module (the test-only format); process-wide state like that needs a process per file.
 * - postgresql (tests/db/*.postgresql.test.ts): the database suites on the server TEST_POSTGRES_URL names, run by
 *   `npm run test:pg`, not by `npm run test:unit`.
 */
const OWN_PROCESS = ["tests/db/**/*.test.ts", "tests/format-third.test.ts"];
const POSTGRESQL = ["tests/db/**/*.postgresql.test.ts"];

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    // Vitest's default leaves a core to its own process (one worker on a 2-core machine); ours waits mostly on
    // child processes and SQLite, so every core gets a worker.
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: OWN_PROCESS, pool: "threads", isolate: false },
      },
      {
        resolve,
        test: { name: "db", include: OWN_PROCESS, exclude: POSTGRESQL, pool: "forks" },
      },
      {
        resolve,
        test: { name: "postgresql", include: POSTGRESQL, pool: "forks" },
      },
    ],
  },
});
