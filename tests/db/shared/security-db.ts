/**
 * The database-backed parts of the hardening against a real database (migrated and seeded; SQLite:
 * tests/security-db.test.ts, PostgreSQL: security-db.postgresql.test.ts): the throttle's reservation is
 * atomic, the counters are fixed windows, and the history keeps the name an actor had at the time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/server/acting-user";
import { describeOnDatabase, type TestDatabase } from "../test-database";

export function securityDbSuite(engine: string, open: (() => Promise<TestDatabase>) | null): void {
  describeOnDatabase(engine, open, () => {
    let db: typeof import("@/lib/server/db").db;
    let throttle: typeof import("@/lib/server/login-throttle");
    let counter: typeof import("@/lib/server/rate-counter");

    beforeAll(async () => {
      db = (await import("@/lib/server/db")).db;
      throttle = await import("@/lib/server/login-throttle");
      counter = await import("@/lib/server/rate-counter");
    }, 120_000);

    afterAll(async () => {
      await db?.$disconnect();
    });

    describe("rate counters", () => {
      it("100 parallel reservations for one username: exactly MAX_FAILURES get through", async () => {
        const results = await Promise.all(Array.from({ length: 100 }, () => throttle.reserveLoginAttempt("Someone", "10.1.1.1")));
        expect(results.filter((r) => r.ok)).toHaveLength(throttle.MAX_FAILURES);
        const refused = results.find((r) => !r.ok);
        expect(refused && !refused.ok && refused.minutes).toBe(15);
        // The refused ones were handed back: the address holds only the five that went through.
        expect((await counter.hit("login:addr:10.1.1.1", 1)).count).toBe(throttle.MAX_FAILURES + 1);
      });
      it("a refusal never says more minutes than the window, though a parallel attempt opened it a moment later", async () => {
        const t = Date.now();
        // The window was opened by attempts that read the clock 5 s after this one did.
        for (let i = 0; i < throttle.MAX_FAILURES; i++) await throttle.reserveLoginAttempt("racer", "10.3.3.3", t + 5000);
        expect(await throttle.reserveLoginAttempt("racer", "10.3.3.3", t)).toEqual({ ok: false, minutes: 15 });
        expect(await throttle.reserveLoginAttempt("racer", "10.3.3.3", t + 14 * 60_000 + 5000)).toEqual({ ok: false, minutes: 1 });
      });
      it("a success starts the username afresh; the window ends on time", async () => {
        const now = Date.now();
        for (let i = 0; i < 5; i++) await throttle.reserveLoginAttempt("late", "10.2.2.2", now);
        expect((await throttle.reserveLoginAttempt("late", "10.2.2.2", now)).ok).toBe(false);
        expect((await throttle.reserveLoginAttempt("late", "10.2.2.2", now + throttle.WINDOW_MS + 1)).ok).toBe(true);
        await throttle.loginSucceeded("late", "10.2.2.2");
        expect((await throttle.reserveLoginAttempt("LATE ", "10.2.2.2")).ok).toBe(true);
      });
    });

    describe("history", () => {
      it("records the actor's name as it was when the step was taken", async () => {
        const { createReport } = await import("@/lib/server/report-service");
        const { reportHistory } = await import("@/lib/server/history-service");
        const clerk: ActingUser = { id: "user-nanhe", name: "南河镇填报人", role: "clerk", organizationId: "org-nanhe" };
        const created = await createReport(clerk, { year: 2024 });
        expect(created.ok).toBe(true);
        await db.user.update({ where: { id: "user-nanhe" }, data: { name: "改过的名字" } });
        const supervisor: ActingUser = { id: "user-supervisor", name: "区政务公开办审核人", role: "supervisor", organizationId: "org-district" };
        const history = await reportHistory(supervisor, created.ok ? created.id : "");
        expect(history?.map((h) => h.actorName)).toEqual(["南河镇填报人"]);
      });
    });
  });
}
