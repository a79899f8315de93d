/**
 * Direct access to the e2e server's SQLite file (data/e2e-<port>.db) for test
 * set-up and for "the database is unchanged" checks. Opened per call so no
 * handle outlives a test. The specs that run on PostgreSQL too (scripts/test-postgresql.mjs) do without.
 */
import Database from "better-sqlite3";
import path from "node:path";

export function e2eDbFile(): string {
  return path.resolve(__dirname, "..", "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`);
}

/** The e2e server's DATABASE_URL: E2E_DATABASE_URL (PostgreSQL, `npm run test:pg`) or the SQLite file above. */
export function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL ?? `file:${e2eDbFile()}`;
}

/** The rows that carry reports, their workflow, comments, accounts and units (not sessions or login counters). */
const DUMPED = ["Organization", "user", "account", "Report", "ReportEvent", "ReportComment", "ReportSnapshot", "Reminder"];

export function dumpTables(): string {
  const db = new Database(e2eDbFile(), { readonly: true, fileMustExist: true });
  try {
    return JSON.stringify(DUMPED.map((t) => db.prepare(`SELECT * FROM "${t}" ORDER BY id`).all()));
  } finally {
    db.close();
  }
}

export function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(e2eDbFile(), { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return fn(db);
  } finally {
    db.close();
  }
}
