/**
 * The batch worker's loop: claims the oldest queued file (queued → reading in
 * one UPDATE, so two workers never read the same file), reads it, stores the
 * result, and goes on until nothing is queued. It runs in its own process
 * (scripts/import-batch-worker.mjs), so reading a large PDF never holds up the
 * web server's requests.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { UnitName } from "./match-unit";
import { readBatchFile } from "./read-file";

export async function drainQueue(db: PrismaClient): Promise<number> {
  // The units a batch's files are matched against: the supervisor's unit and everything under it, as they
  // are now (a unit moved or disabled meanwhile is matched as it stands), read once per batch.
  const known = new Map<string, Promise<UnitName[]>>();
  const unitsOf = (batch: { id: string; organizationId: string }) => {
    let units = known.get(batch.id);
    if (!units) {
      units = batchUnits(db, batch.organizationId);
      known.set(batch.id, units);
    }
    return units;
  };
  // A file left "reading" by a worker that died is read again.
  await db.importBatchFile.updateMany({ where: { status: "reading", updatedAt: { lt: new Date(Date.now() - 5 * 60_000) } }, data: { status: "queued" } });
  let done = 0;
  for (;;) {
    const next = await db.importBatchFile.findFirst({
      where: { status: "queued" },
      orderBy: [{ batch: { createdAt: "asc" } }, { position: "asc" }],
      select: { id: true },
    });
    if (!next) return done;
    const claimed = await db.importBatchFile.updateMany({ where: { id: next.id, status: "queued" }, data: { status: "reading" } });
    if (claimed.count !== 1) continue;
    const file = await db.importBatchFile.findUniqueOrThrow({
      where: { id: next.id },
      select: { fileName: true, bytes: true, batch: { select: { id: true, organizationId: true } } },
    });
    const units = await unitsOf(file.batch);
    const result = await readBatchFile(new Uint8Array(file.bytes), file.fileName, units);
    await db.importBatchFile.update({ where: { id: next.id }, data: result });
    done++;
  }
}

/** The enabled units at and below `organizationId` (by the materialized path), id and name. */
async function batchUnits(db: PrismaClient, organizationId: string): Promise<UnitName[]> {
  const own = await db.organization.findUnique({ where: { id: organizationId }, select: { path: true } });
  if (!own?.path) return [];
  return db.organization.findMany({ where: { path: { startsWith: own.path }, disabled: false }, select: { id: true, name: true } });
}
