/**
 * loadComparison: the unit's clerk and the supervisors above it get the two years side by
 * side; another unit's clerk, another county's supervisor and the admin get null (404).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/report/types";
import type { ActingUser } from "@/lib/server/acting-user";
import { copyTestDatabase } from "./test-database";

const testDb = copyTestDatabase("nianbao-compare-");

let db: typeof import("@/lib/server/db").db;
let service: typeof import("@/lib/server/compare-service");

const xishan: ActingUser = { id: "user-xishan", name: "西山镇填报人", role: "clerk", organizationId: "org-xishan" };
const nanhe: ActingUser = { id: "user-nanhe", name: "南河镇填报人", role: "clerk", organizationId: "org-nanhe" };
const supervisor: ActingUser = { id: "user-supervisor", name: "审核人", role: "supervisor", organizationId: "org-district" };
const otherSupervisor: ActingUser = { id: "user-supervisor2", name: "邻县", role: "supervisor", organizationId: "org-other-district" };
const admin: ActingUser = { id: "user-admin", name: "管理员", role: "admin", organizationId: null };

async function store(year: number, mutate: (r: Report) => void = () => {}) {
  const { emptyReport } = await import("@/lib/report/empty");
  const { fillDerived } = await import("@/lib/report/fill-derived");
  const r = emptyReport({ year, organName: "示例区西山镇人民政府", organKind: "township" });
  mutate(r);
  const report = fillDerived(r);
  return db.report.create({ data: { organizationId: "org-xishan", year, format: report.format, data: JSON.stringify(report) } });
}

const ids: Record<number, string> = {};

beforeAll(async () => {
  db = (await import("@/lib/server/db")).db;
  service = await import("@/lib/server/compare-service");
  for (const year of [2033, 2035, 2036]) {
    ids[year] = (
      await store(year, (r) => {
        r.tables.requests.newRequests = [year - 2030, 0, 0, 0, 0, 0, 0];
      })
    ).id;
  }
});

afterAll(async () => {
  await db.$disconnect();
  testDb.remove();
});

describe("loadComparison", () => {
  it("compares with the year before by default, for the clerk with the wizard to go back to", async () => {
    const view = (await service.loadComparison(xishan, ids[2036]))!;
    expect([view.earlier?.year, view.later?.year]).toEqual([2035, 2036]);
    expect(view.comparison?.adjacent).toBe(true);
    expect(view.comparison?.changes.map((c) => [c.before, c.after])).toEqual([[5, 6]]);
    expect(view.years.map((y) => y.year)).toEqual([2033, 2035, 2036]);
    expect(view.backHref).toBe(`/reports/${ids[2036]}`);
  });

  it("takes another year by year or by id, and says so when the unit has no such year", async () => {
    expect((await service.loadComparison(xishan, ids[2036], "2033"))?.earlier?.year).toBe(2033);
    expect((await service.loadComparison(xishan, ids[2033], ids[2035]))?.later?.year).toBe(2035);
    // Opened on the oldest year, the default is the nearest later one.
    expect((await service.loadComparison(xishan, ids[2033]))?.later?.year).toBe(2035);
    const none = (await service.loadComparison(xishan, ids[2036], "2034"))!;
    expect(none.comparison).toBeUndefined();
    expect(none.message).toBe("本单位没有 2034 年度报告，请从下面选择一个年度。");
  });

  it("is the supervisor's too, going back to the review page", async () => {
    const view = (await service.loadComparison(supervisor, ids[2036]))!;
    expect(view.earlier?.year).toBe(2035);
    expect(view.backHref).toBe(`/review/${ids[2036]}`);
  });

  it("is nobody else's: another unit's clerk, another county's supervisor, the admin", async () => {
    for (const user of [nanhe, otherSupervisor, admin]) expect(await service.loadComparison(user, ids[2036])).toBeNull();
    expect(await service.loadComparison(xishan, "no-such-report")).toBeNull();
  });

  it("does not reach another unit's report through ?with=", async () => {
    const { emptyReport } = await import("@/lib/report/empty");
    const r = emptyReport({ year: 2035, organName: "示例区南河镇人民政府", organKind: "township" });
    const theirs = await db.report.create({ data: { organizationId: "org-nanhe", year: 2035, format: r.format, data: JSON.stringify(r) } });
    const view = (await service.loadComparison(supervisor, ids[2036], theirs.id))!;
    expect(view.comparison).toBeUndefined();
    expect(view.message).toMatch(/不是本单位的其他年度/);
  });
});
