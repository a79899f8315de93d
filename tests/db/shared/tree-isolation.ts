/**
 * Visibility on a three-level tree (city → two counties → townships), against a real database
 * migrated and seeded (SQLite: tests/tree-isolation.test.ts, PostgreSQL: tree-isolation.postgresql.test.ts):
 * a city supervisor sees both counties, a county supervisor only its own, a township clerk only itself;
 * moving a unit moves its subtree and the view follows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/server/acting-user";
import { describeOnDatabase, type TestDatabase } from "../test-database";

export function treeIsolationSuite(engine: string, open: (() => Promise<TestDatabase>) | null): void {
  describeOnDatabase(engine, open, () => {
    type Services = {
      db: typeof import("@/lib/server/db").db;
      admin: typeof import("@/lib/server/admin-service");
      access: typeof import("@/lib/server/access");
      reports: typeof import("@/lib/server/report-service");
      dashboard: typeof import("@/lib/server/dashboard-service");
    };
    let s: Services;

    const admin: ActingUser = { id: "user-admin", name: "管理员", role: "admin", organizationId: null };
    const county: ActingUser = { id: "user-supervisor", name: "区审核人", role: "supervisor", organizationId: "org-district" };
    const otherCounty: ActingUser = { id: "user-supervisor2", name: "邻县审核人", role: "supervisor", organizationId: "org-other-district" };
    const donghu: ActingUser = { id: "user-donghu", name: "东湖镇", role: "clerk", organizationId: "org-donghu" };
    let city: ActingUser;
    const reportOf: Record<string, string> = {};

    beforeAll(async () => {
      s = {
        db: (await import("@/lib/server/db")).db,
        admin: await import("@/lib/server/admin-service"),
        access: await import("@/lib/server/access"),
        reports: await import("@/lib/server/report-service"),
        dashboard: await import("@/lib/server/dashboard-service"),
      };
      // The city over both demo counties, built the way the admin would: create, then move.
      const made = await s.admin.createOrganization(admin, { name: "示例市政务公开办", kind: "city-government", parentId: "" });
      if (!made.ok) throw new Error(made.message);
      city = { id: "user-city", name: "市审核人", role: "supervisor", organizationId: made.id };
      for (const county of ["org-district", "org-other-district"]) {
        const moved = await s.admin.moveOrganization(admin, county, made.id);
        if (!moved.ok) throw new Error(moved.message);
      }
      for (const org of ["org-donghu", "org-xishan", "org-qiaotou"]) {
        await s.db.report.deleteMany({ where: { organizationId: org, year: 2023 } });
        const r = await s.db.report.create({ data: { organizationId: org, year: 2023, format: "2021", data: "{}" } });
        reportOf[org] = r.id;
      }
    }, 180_000);

    afterAll(async () => {
      await s?.db.$disconnect();
    });

    const orgsOf = async (u: ActingUser) =>
      new Set((await s.reports.listReports(u)).filter((r) => r.year === 2023).map((r) => r.organizationName));

    describe("visibility follows the tree", () => {

      it("keeps the materialized path of every unit equal to its chain of parents", async () => {
        const all = await s.db.organization.findMany({ select: { id: true, parentId: true, path: true } });
        const byId = new Map(all.map((o) => [o.id, o]));
        for (const o of all) {
          const chain: string[] = [];
          for (let x: typeof o | undefined = o; x; x = x.parentId ? byId.get(x.parentId) : undefined) chain.unshift(x.id);
          expect(o.path).toBe(`/${chain.join("/")}/`);
        }
        expect(byId.get("org-donghu")!.path).toBe(`/${city.organizationId}/org-district/org-donghu/`);
      });

      it("a city supervisor sees the reports of both counties", async () => {
        expect(await orgsOf(city)).toEqual(new Set(["示例区东湖镇人民政府", "示例区西山镇人民政府", "邻县桥头镇人民政府"]));
        expect(await s.access.findVisibleReport(city, reportOf["org-qiaotou"])).not.toBeNull();
        const dash = await s.dashboard.supervisorDashboard(city, 2023);
        const names = dash!.rows.map((r) => r.organizationName);
        expect(names).toEqual(expect.arrayContaining(["示例区政务公开办", "邻县政务公开办", "示例区东湖镇人民政府", "邻县桥头镇人民政府"]));
        expect(names).not.toContain("示例市政务公开办");
      });

      it("a city supervisor's 各辖区提交情况 has a line per county; a county supervisor's only its own units", async () => {
        const dash = (await s.dashboard.supervisorDashboard(city, 2023))!;
        expect(dash.areas.map((a) => [a.areaId, a.name])).toEqual([
          ["org-district", "示例区政务公开办"],
          ["org-other-district", "邻县政务公开办"],
        ]);
        expect(dash.areas.find((a) => a.areaId === "org-district")).toMatchObject({ units: 7, counts: { draft: 2 } });
        expect(dash.areas.find((a) => a.areaId === "org-other-district")).toMatchObject({ units: 2, counts: { draft: 1 } });
        const onlyOther = (await s.dashboard.supervisorDashboard(city, 2023, { status: "all", area: "org-other-district" }))!;
        expect(onlyOther.rows.map((r) => r.organizationName)).toEqual(["邻县政务公开办", "邻县桥头镇人民政府"]);
        const own = (await s.dashboard.supervisorDashboard(county, 2023))!;
        expect(own.areas.map((a) => a.name)).toEqual(["直属单位"]);
        expect(own.whole.units).toBe(6);
        // Not a unit directly under the county: no sub-area, the whole county.
        expect((await s.dashboard.supervisorDashboard(county, 2023, { status: "all", area: "org-other-district" }))!.matched).toBe(6);
      });

      it("a county supervisor sees only its own county", async () => {
        expect(await orgsOf(county)).toEqual(new Set(["示例区东湖镇人民政府", "示例区西山镇人民政府"]));
        expect(await s.access.findVisibleReport(county, reportOf["org-qiaotou"])).toBeNull();
        expect(await orgsOf(otherCounty)).toEqual(new Set(["邻县桥头镇人民政府"]));
        const names = (await s.dashboard.supervisorDashboard(county, 2023))!.rows.map((r) => r.organizationName);
        expect(names).toContain("示例区东湖镇人民政府");
        expect(names).not.toContain("邻县桥头镇人民政府");
        expect(names).not.toContain("示例区政务公开办");
      });

      it("the batch unit picker finds units by name below the supervisor only, a bounded few at a time", async () => {
        const batch = await import("@/lib/server/batch-service");
        const names = async (u: ActingUser, q: string) => (await batch.searchBatchUnits(u, q))!.units.map((x) => x.name);
        expect(await names(city, "桥头")).toEqual(["邻县桥头镇人民政府"]);
        expect(await names(county, "桥头")).toEqual([]);
        expect(await names(county, "东湖")).toEqual(["示例区东湖镇人民政府"]);
        const all = (await batch.searchBatchUnits(city, ""))!;
        expect(all.units.length).toBeLessThanOrEqual(batch.UNIT_CHOICES);
        // The supervisor's own unit may be the one published (as when matched by name), another county's never.
        expect((await batch.searchBatchUnits(county, ""))!.units.map((x) => x.name)).not.toContain("邻县桥头镇人民政府");
        expect(await batch.searchBatchUnits(donghu, "东湖")).toBeNull();
      });

      it("a township clerk sees only itself", async () => {
        expect(await orgsOf(donghu)).toEqual(new Set(["示例区东湖镇人民政府"]));
        expect(await s.access.findVisibleReport(donghu, reportOf["org-xishan"])).toBeNull();
        expect(await s.dashboard.supervisorDashboard(donghu, 2023)).toBeNull();
        expect(await orgsOf(admin)).toEqual(new Set());
      });

      it("moving a township to the other county moves its view, and refuses a move under itself", async () => {
        expect((await s.admin.moveOrganization(admin, "org-xishan", "org-other-district")).ok).toBe(true);
        try {
          expect(await orgsOf(county)).toEqual(new Set(["示例区东湖镇人民政府"]));
          expect(await orgsOf(otherCounty)).toEqual(new Set(["示例区西山镇人民政府", "邻县桥头镇人民政府"]));
          expect(await orgsOf(city)).toHaveProperty("size", 3);
        } finally {
          expect((await s.admin.moveOrganization(admin, "org-xishan", "org-district")).ok).toBe(true);
        }
        const before = JSON.stringify(await s.db.organization.findMany({ orderBy: { id: "asc" } }));
        expect(await s.admin.moveOrganization(admin, city.organizationId!, "org-donghu")).toEqual({
          ok: false,
          message: "不能把单位移到它自己或它的下级单位之下",
        });
        expect(await s.admin.moveOrganization(county, "org-xishan", "org-other-district")).toEqual({ ok: false, message: "只有管理员可以管理单位和账号" });
        expect(await s.admin.moveOrganization(admin, "no-such-unit", "org-district")).toEqual({ ok: false, message: "单位不存在" });
        expect(JSON.stringify(await s.db.organization.findMany({ orderBy: { id: "asc" } }))).toBe(before);
      });

      it("the admin browses the tree a level at a time, finds units at any level by name, and pages the accounts", async () => {
        const dir = await import("@/lib/server/admin-directory");
        const top = (await dir.adminUnitPage(admin))!;
        expect(top.parent).toBeNull();
        expect(top.rows.map((r) => r.name)).toContain("示例市政务公开办");
        expect(top.rows.map((r) => r.name)).not.toContain("示例区政务公开办");
        const cityRow = top.rows.find((r) => r.id === city.organizationId)!;
        expect(cityRow.childCount).toBe(2);
        const counties = (await dir.adminUnitPage(admin, { parentId: city.organizationId! }))!;
        expect(counties.rows.map((r) => r.name)).toEqual(["示例区政务公开办", "邻县政务公开办"]);
        expect(counties.trail.map((t) => t.name)).toEqual(["示例市政务公开办"]);
        const district = (await dir.adminUnitPage(admin, { parentId: "org-district" }))!;
        expect(district.trail.map((t) => t.id)).toEqual([city.organizationId, "org-district"]);
        expect(district.rows.map((r) => r.name)).toContain("示例区东湖镇人民政府");
        expect(district.rows.find((r) => r.id === "org-donghu")).toMatchObject({ childCount: 0, userCount: 1 });
        // A search reaches every level, and says what is above each unit.
        const found = (await dir.adminUnitPage(admin, { q: "桥头", parentId: "org-district" }))!;
        expect(found.rows.map((r) => [r.name, r.parentName])).toEqual([["邻县桥头镇人民政府", "邻县政务公开办"]]);
        expect((await dir.searchAdminUnits(admin, "东湖"))!.units).toEqual([{ id: "org-donghu", name: "示例区东湖镇人民政府", parentName: "示例区政务公开办" }]);
        const users = (await dir.adminUserPage(admin, { q: "donghu" }))!;
        expect(users.rows.map((u) => u.username)).toEqual(["donghu"]);
        expect((await dir.adminUserPage(admin, { q: "邻县" }))!.rows.length).toBeGreaterThan(0);
        for (const u of [county, donghu]) {
          expect(await dir.adminUnitPage(u)).toBeNull();
          expect(await dir.searchAdminUnits(u, "")).toBeNull();
          expect(await dir.adminUserPage(u)).toBeNull();
        }
      });

      it("moves a whole subtree with one prefix replacement", async () => {
        expect((await s.admin.moveOrganization(admin, "org-district", null)).ok).toBe(true);
        const donghuPath = (await s.db.organization.findUniqueOrThrow({ where: { id: "org-donghu" } })).path;
        expect(donghuPath).toBe("/org-district/org-donghu/");
        expect(await orgsOf(city)).toEqual(new Set(["邻县桥头镇人民政府"]));
        expect((await s.admin.moveOrganization(admin, "org-district", city.organizationId!)).ok).toBe(true);
        expect(await orgsOf(city)).toHaveProperty("size", 3);
      });
    });
  });
}
