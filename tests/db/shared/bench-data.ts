/**
 * bench:data on a real database (SQLite: tests/db/bench-data.test.ts, PostgreSQL: bench-data.postgresql.test.ts):
 * the units land under 示例区 where shenhe sees them, the years' reports with their times as Prisma reads
 * them, the bench clerks can sign in (their password verifies) and each has a draft of the latest year,
 * and a second run replaces the first.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ActingUser } from "@/lib/server/acting-user";
import { describeOnDatabase, type TestDatabase } from "../test-database";

const YEAR = 2024;
const UNITS = 300;
const CLERKS = 20;
const shenhe: ActingUser = { id: "user-supervisor", name: "区政务公开办审核人", role: "supervisor", organizationId: "org-district" };

export function benchDataSuite(engine: string, open: (() => Promise<TestDatabase>) | null): void {
  describeOnDatabase(engine, open, () => {
    let db: typeof import("@/lib/server/db").db;

    const fill = async () => {
      const { fillBenchData } = await import("@/scripts/bench-data");
      const { openWriter } = await import("@/scripts/bench-writers");
      const writer = await openWriter(process.env.DATABASE_URL!);
      try {
        return await fillBenchData(db, writer, { units: UNITS, years: 2, under: "org-district", lastYear: YEAR, clerks: CLERKS });
      } finally {
        await writer.close();
      }
    };

    beforeAll(async () => {
      db = (await import("@/lib/server/db")).db;
      await fill();
    }, 120_000);

    afterAll(async () => {
      await db?.$disconnect();
    });

    it("puts the units under 示例区 and shenhe's dashboard counts them", async () => {
      const { supervisorDashboard } = await import("@/lib/server/dashboard-service");
      const bench = await db.organization.count({ where: { id: { startsWith: "bench-" }, path: { startsWith: "/org-district/" } } });
      expect(bench).toBe(UNITS);
      const demo = await db.organization.count({ where: { path: { startsWith: "/org-district/" }, NOT: [{ id: "org-district" }, { id: { startsWith: "bench-" } }] } });
      const dash = await supervisorDashboard(shenhe, YEAR);
      expect(dash!.whole.units).toBe(UNITS + demo);
    });

    it("writes the reports' times in UTC, as Prisma reads them (10:00 Beijing time in January of the next year)", async () => {
      const reports = await db.report.findMany({ where: { id: { startsWith: "bench-" }, year: YEAR - 1 }, select: { createdAt: true, submittedAt: true, status: true } });
      expect(reports.length).toBeGreaterThan(UNITS * 0.9);
      for (const r of reports) {
        expect(r.createdAt.toISOString()).toMatch(new RegExp(`^${YEAR}-01-\\d\\dT02:00:00\\.000Z$`));
        if (r.status !== "draft") expect(r.submittedAt!.getTime()).toBeGreaterThan(r.createdAt.getTime());
      }
    });

    it("makes clerks who can sign in, each with a draft of the latest year on a unit of their own", async () => {
      const { verifyPassword } = await import("better-auth/crypto");
      const { BENCH_CLERK_PASSWORD, benchClerkUsername } = await import("@/scripts/bench-clerks");
      const clerks = await db.user.findMany({
        where: { id: { startsWith: "bench-clerk-" } },
        include: { accounts: true, organization: { include: { reports: { where: { year: YEAR } } } } },
        orderBy: { username: "asc" },
      });
      expect(clerks.map((c) => c.username)).toEqual(Array.from({ length: CLERKS }, (_, j) => benchClerkUsername(j)));
      expect(new Set(clerks.map((c) => c.organizationId)).size).toBe(CLERKS);
      for (const c of clerks) {
        expect(c.role).toBe("clerk");
        expect(c.organization!.reports.map((r) => r.status)).toEqual(["draft"]);
        const credential = c.accounts.find((a) => a.providerId === "credential")!;
        expect(credential.accountId).toBe(c.id);
        expect(await verifyPassword({ hash: credential.password!, password: BENCH_CLERK_PASSWORD })).toBe(true);
      }
    });

    it("replaces an earlier run's rows (sessions and reports included)", async () => {
      const clerk = await db.user.findFirstOrThrow({ where: { id: { startsWith: "bench-clerk-" } } });
      await db.session.create({ data: { id: "bench-session", token: "bench-token", userId: clerk.id, expiresAt: new Date(Date.now() + 86_400_000) } });
      const before = await db.report.count({ where: { id: { startsWith: "bench-" } } });
      const again = await fill();
      expect(again).toMatchObject({ units: UNITS, clerks: CLERKS, reports: before });
      expect(await db.report.count({ where: { id: { startsWith: "bench-" } } })).toBe(before);
      expect(await db.session.count({ where: { id: "bench-session" } })).toBe(0);
    }, 120_000);
  });
}
