/**
 * The draft save against a real database (SQLite: tests/draft-save-service.test.ts, PostgreSQL:
 * draft-save-service.postgresql.test.ts): compare-and-set on the version, and a clerk's own save retried
 * after its answer was lost (committed, never acknowledged) is not a conflict with itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/server/acting-user";
import { describeOnDatabase, type TestDatabase } from "../test-database";

export function draftSaveSuite(engine: string, open: (() => Promise<TestDatabase>) | null): void {
  describeOnDatabase(engine, open, () => {
    let db: typeof import("@/lib/server/db").db;
    let service: typeof import("@/lib/server/report-service");
    const xishan: ActingUser = { id: "user-xishan", name: "xishan", role: "clerk", organizationId: "org-xishan" };

    beforeAll(async () => {
      db = (await import("@/lib/server/db")).db;
      service = await import("@/lib/server/report-service");
    }, 120_000);

    afterAll(async () => {
      await db?.$disconnect();
    });

    async function fresh() {
      const { emptyReport } = await import("@/lib/report/empty");
      const report = emptyReport({ year: 2024, organName: "示例区西山镇人民政府", organKind: "township" });
      await db.report.deleteMany({ where: { organizationId: "org-xishan", year: 2024 } });
      const row = await db.report.create({ data: { organizationId: "org-xishan", year: 2024, format: report.format, data: JSON.stringify(report) } });
      return { id: row.id, report };
    }

    describe("saveDraft", () => {
      it("a retried save that was already committed answers saved with the stored version", async () => {
        const { id, report } = await fresh();
        report.tables.requests.newRequests[0] = 12;
        const body = { baseVersion: 1, data: report, acknowledgements: {} };
        const first = await service.saveDraft(xishan, id, body);
        expect(first).toMatchObject({ ok: true, version: 2 });
        const again = await service.saveDraft(xishan, id, structuredClone(body));
        expect(again).toMatchObject({ ok: true, version: 2 });
        expect((await db.report.findUniqueOrThrow({ where: { id } })).version).toBe(2);
      });

      it("a different draft on a stale version is still a conflict, and changes nothing", async () => {
        const { id, report } = await fresh();
        report.tables.requests.newRequests[0] = 12;
        expect(await service.saveDraft(xishan, id, { baseVersion: 1, data: report, acknowledgements: {} })).toMatchObject({ ok: true });
        const other = structuredClone(report);
        other.tables.requests.newRequests[0] = 13;
        const stale = await service.saveDraft(xishan, id, { baseVersion: 1, data: other, acknowledgements: {} });
        expect(stale).toMatchObject({ ok: false, kind: "conflict", currentVersion: 2 });
        const row = await db.report.findUniqueOrThrow({ where: { id } });
        expect(JSON.parse(row.data).tables.requests.newRequests[0]).toBe(12);
      });
    });
  });
}
