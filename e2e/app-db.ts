/**
 * The app's own Prisma client (lib/server/prisma-connect.ts) on the e2e server's database, SQLite or PostgreSQL,
 * for specs that make their own units, accounts and reports. The generated client is an ES module that reads
 * import.meta, which Playwright's CommonJS compilation of the specs cannot load; tsx's require compiles it for us.
 */
import { require as tsxRequire } from "tsx/cjs/api";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { e2eDatabaseUrl } from "./db";

let client: PrismaClient | undefined;

/** One client per worker process, opened on first use. */
export function appDb(): PrismaClient {
  if (!client) {
    const { connectPrisma } = tsxRequire("../lib/server/prisma-connect.ts", __filename) as typeof import("../lib/server/prisma-connect");
    client = connectPrisma(e2eDatabaseUrl());
  }
  return client;
}
