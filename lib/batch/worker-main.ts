/** The worker process's own database connection (lib/server/db.ts is for the web server only). */
import { databaseProvider, databaseUrl } from "../server/database-url";
import { connectPrisma } from "../server/prisma-connect";
import { drainQueue } from "./worker";

export async function run(): Promise<void> {
  const db = connectPrisma();
  try {
    // SQLite: wait for the web server's write instead of failing with SQLITE_BUSY (PostgreSQL waits anyway).
    if (databaseProvider(databaseUrl()) === "sqlite") await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await drainQueue(db);
  } finally {
    await db.$disconnect();
  }
}
