/**
 * Bulk inserts for `npm run bench:data`, bypassing Prisma: through the driver adapter each row
 * would be its own round trip (≈3 ms a row on SQLite), so 245,000 reports with their history
 * would take the better part of an hour.
 */
import path from "node:path";
import pg from "pg";
import { databaseProvider, postgresConnection } from "../lib/server/database-url";

export type Row = Record<string, string | number | boolean | Date | null | undefined>;
export type Table = "Organization" | "Report" | "ReportEvent" | "ReportSnapshot" | "user" | "account";

/** Inserts rows into a table, a transaction per call. */
export interface Writer {
  insert(table: Table, rows: Row[]): Promise<void>;
  /** After the bulk load: let the query planner see the new rows. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

/**
 * SQLite: one prepared statement of better-sqlite3 run per row inside one transaction — in
 * process, so a row costs microseconds and there is no bound-parameter limit (~999 per statement
 * on older SQLite builds) to mind. Values are stored as Prisma stores them (dates as ISO text, UTC).
 */
export function sqliteWriter(file: string): Writer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  const value = (v: Row[string]) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : (v ?? null));
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]);
      const st = db.prepare(`INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})`);
      db.transaction(() => {
        for (const r of rows) st.run(columns.map((c) => value(r[c])));
      })();
    },
    // The existing SQLite numbers were measured without ANALYZE; SQLite's planner does well on the indexes alone.
    analyze: async () => undefined,
    close: async () => void db.close(),
  };
}

/** At most this many bound parameters per PostgreSQL statement (the protocol's limit is 65,535). */
export const PG_MAX_PARAMETERS = 30_000;
/** And at most this many rows, so one statement of reports (≈6 KB of JSON each) stays a few MB. */
export const PG_MAX_ROWS = 1_000;

/** How many rows of `columns` columns go into one multi-row INSERT. */
export function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.min(PG_MAX_ROWS, Math.floor(PG_MAX_PARAMETERS / columns)));
}

/**
 * PostgreSQL: multi-row INSERT … VALUES statements of up to PG_MAX_ROWS rows through one pg
 * connection, in one transaction per call. Dates go as UTC ISO text: the columns are TIMESTAMP(3)
 * without time zone holding UTC, as Prisma writes them, whatever the machine's time zone.
 */
export async function postgresWriter(url: string): Promise<Writer> {
  const { url: u, schema } = postgresConnection(url);
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  if (schema) await client.query(`SET search_path TO "${schema.replaceAll('"', '""')}"`);
  const value = (v: Row[string]) => (v instanceof Date ? v.toISOString() : (v ?? null));
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]);
      const size = rowsPerStatement(columns.length);
      await client.query("BEGIN");
      try {
        for (let i = 0; i < rows.length; i += size) {
          const chunk = rows.slice(i, i + size);
          const params: unknown[] = [];
          const tuples = chunk.map((r) => `(${columns.map((c) => `$${params.push(value(r[c]))}`).join(", ")})`);
          await client.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${tuples.join(", ")}`, params);
        }
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    },
    // Autovacuum would get to it eventually; a bench measured before then would see plans made for empty tables.
    analyze: async () => void (await client.query("ANALYZE")),
    close: () => client.end(),
  };
}

/** The writer for DATABASE_URL's kind of database. */
export async function openWriter(url: string): Promise<Writer> {
  return databaseProvider(url) === "sqlite" ? sqliteWriter(path.resolve(url.replace(/^file:/, ""))) : postgresWriter(url);
}
