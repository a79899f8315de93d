import fs from "node:fs";
import path from "node:path";

/** Which database DATABASE_URL names: a SQLite file (file:…, the default) or a PostgreSQL server. */
export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL 须以 file:（SQLite）或 postgresql://（PostgreSQL）开头：${url.replace(/\/\/[^@/]*@/, "//…@")}`);
}

/** DATABASE_URL, or a SQLite file under the project's data/ folder (created on demand). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? "file:./data/nianbao.db";
  process.env.DATABASE_URL = url;
  if (databaseProvider(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  return url;
}

/**
 * A PostgreSQL URL as pg takes it and the schema apart: pg knows no `schema` parameter in the connection string,
 * Prisma's URLs may carry one (…?schema=x).
 */
export function postgresConnection(url: string): { url: URL; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  return { url: u, schema };
}

/** The same PostgreSQL server and credentials, another database. */
export function withDatabaseName(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
