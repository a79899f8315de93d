import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl } from "./lib/server/database-url";
import { driverAdapter } from "./lib/server/driver-adapter";

// The schema reads env("DATABASE_URL"): settle the default before the CLI parses it.
const url = databaseUrl();
// PostgreSQL has its own schema (derived from prisma/schema.prisma) and its own migrations.
const dir = databaseProvider(url) === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

// The JS schema engine: the native one cannot be downloaded on our machines.
export default defineConfig({
  experimental: { adapter: true },
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations"), seed: "tsx prisma/seed.ts" },
  engine: "js",
  adapter: async () => driverAdapter(url, { forMigrations: true }),
});
