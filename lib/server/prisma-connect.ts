/**
 * The Prisma client for DATABASE_URL, for the web server (db.ts), the batch worker and the seed.
 * A generated client serves one provider, so SQLite and PostgreSQL each have their own
 * (lib/generated/prisma, lib/generated/prisma-pg, from the one schema: scripts/postgresql-schema.mjs);
 * both expose the same models, so callers keep the SQLite client's type.
 */
import type { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { driverAdapter } from "./driver-adapter";

export function connectPrisma(url = databaseUrl()): PrismaClient {
  const adapter = driverAdapter(url);
  if (databaseProvider(url) === "sqlite") return new PrismaClient({ adapter: adapter as PrismaBetterSQLite3 });
  // Same models and delegates; only provider-specific filter options (e.g. `mode`) differ in the types.
  return new PostgresPrismaClient({ adapter: adapter as PrismaPg }) as unknown as PrismaClient;
}
