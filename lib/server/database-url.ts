import fs from "node:fs";
import path from "node:path";

/** DATABASE_URL, or a SQLite file under the project's data/ folder (created on demand). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? "file:./data/nianbao.db";
  process.env.DATABASE_URL = url;
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}
