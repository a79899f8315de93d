/**
 * The 批量体检 queue against a real database (SQLite: tests/batch-claim.test.ts, PostgreSQL:
 * batch-claim.postgresql.test.ts): two workers drain one queue together and every file is read by exactly
 * one of them; a file left "reading" by a worker that died is read again. On PostgreSQL each worker has its
 * own connection pool, as two processes would; on SQLite they share one connection (better-sqlite3 is
 * synchronous: a second connection in the same process would wait on the first's lock while blocking it),
 * which still interleaves their find-then-claim steps at every await.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { describeOnDatabase, type TestDatabase } from "../test-database";

const FILES = 12;

export function batchClaimSuite(engine: string, open: (() => Promise<TestDatabase>) | null): void {
  describeOnDatabase(engine, open, () => {
    let workers: PrismaClient[] = [];
    let drainQueue: typeof import("@/lib/batch/worker").drainQueue;

    beforeAll(async () => {
      const { connectPrisma } = await import("@/lib/server/prisma-connect");
      const { databaseProvider } = await import("@/lib/server/database-url");
      const first = connectPrisma();
      workers = databaseProvider(process.env.DATABASE_URL!) === "sqlite" ? [first, first] : [first, connectPrisma()];
      drainQueue = (await import("@/lib/batch/worker")).drainQueue;
    });

    afterAll(async () => {
      await Promise.all([...new Set(workers)].map((w) => w.$disconnect()));
    });

    it("two workers on one queue read every file exactly once", async () => {
      const [a, b] = workers;
      const batch = await a.importBatch.create({
        data: {
          supervisorId: "user-supervisor",
          organizationId: "org-district",
          files: {
            create: Array.from({ length: FILES }, (_, i) => ({ position: i, fileName: `第${i + 1}份.bin`, bytes: new Uint8Array([0, 1, 2, i]) })),
          },
        },
      });
      // A file a dead worker left "reading" ten minutes ago goes back into the queue.
      const stuck = await a.importBatchFile.create({
        data: { batchId: batch.id, position: FILES, fileName: "半途.bin", bytes: new Uint8Array([9]), status: "reading", updatedAt: new Date(Date.now() - 10 * 60_000) },
      });
      const [readByA, readByB] = await Promise.all([drainQueue(a), drainQueue(b)]);
      expect(readByA + readByB).toBe(FILES + 1);
      const files = await a.importBatchFile.findMany({ where: { batchId: batch.id } });
      expect(files.map((f) => f.status)).toEqual(Array(FILES + 1).fill("refused"));
      expect(files.find((f) => f.id === stuck.id)?.message).toBeTruthy();
    });
  });
}
