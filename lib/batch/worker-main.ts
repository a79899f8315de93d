/** The worker process's own database connection (lib/server/db.ts is for the web server only). */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "../server/database-url";
import { drainQueue } from "./worker";

export async function run(): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  try {
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await drainQueue(db);
  } finally {
    await db.$disconnect();
  }
}
