import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/server/database-url";

// The schema reads env("DATABASE_URL"): settle the default before the CLI parses it.
const url = databaseUrl();

// The JS schema engine: the native one cannot be downloaded on our machines.
export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
