/**
 * The supervisor's dashboard in the database (SQLite: tests/db/dashboard-scale.test.ts, PostgreSQL:
 * dashboard-scale.postgresql.test.ts), on a copy of the seeded database filled by
 * bench:data (1,600 synthetic units in two cities → counties → townships under 示例区, two
 * years): every page, search, filter, order and count checked against the same facts read the
 * slow way (every row); the review queue walks the list's order; the roll-up totals follow an
 * approval and a reopening; the .xlsx holds the whole selection.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/server/acting-user";
import { describeOnDatabase, type TestDatabase } from "../test-database";

const YEAR = 2024;
const shenhe: ActingUser = { id: "user-supervisor", name: "区政务公开办审核人", role: "supervisor", organizationId: "org-district" };

export function dashboardScaleSuite(engine: string, open: (() => Promise<TestDatabase>) | null): void {
  describeOnDatabase(engine, open, () => {
    let db: typeof import("@/lib/server/db").db;
    let dash: typeof import("@/lib/server/dashboard-service");
    let queue: typeof import("@/lib/server/review-queue");

    type Unit = { id: string; name: string; kind: string; path: string; status: string; submittedAt: Date | null; reportId: string | null };
    let units: Unit[] = [];

    beforeAll(async () => {
      db = (await import("@/lib/server/db")).db;
      dash = await import("@/lib/server/dashboard-service");
      queue = await import("@/lib/server/review-queue");
      const { fillBenchData } = await import("@/scripts/bench-data");
      const { openWriter } = await import("@/scripts/bench-writers");
      const writer = await openWriter(process.env.DATABASE_URL!);
      try {
        await fillBenchData(db, writer, { units: 1600, years: 2, under: "org-district", lastYear: YEAR });
      } finally {
        await writer.close();
      }
      // The slow way: every unit under 示例区 with its report of the year.
      const orgs = await db.organization.findMany({
        where: { path: { startsWith: "/org-district/" }, NOT: { id: "org-district" }, disabled: false },
        include: { reports: { where: { year: YEAR } } },
      });
      units = orgs.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        path: o.path,
        status: o.reports[0]?.status ?? "none",
        submittedAt: o.reports[0]?.submittedAt ?? null,
        reportId: o.reports[0]?.id ?? null,
      }));
    }, 180_000);

    afterAll(async () => {
      await db?.$disconnect();
    });

    const byName = (a: Unit, b: Unit) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
    /** The deadline order: not handed in (by kind and name), then the latest hand-in first. */
    function byDeadline(list: Unit[]): Unit[] {
      const open = list.filter((u) => !u.submittedAt).sort(byName);
      const inn = list.filter((u) => u.submittedAt).sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime() || (a.reportId! < b.reportId! ? -1 : 1));
      return [...open, ...inn];
    }
    const NOT_IN = ["none", "draft", "returned"];

    async function allPages(sel: Parameters<typeof dash.supervisorDashboard>[2]) {
      const first = (await dash.supervisorDashboard(shenhe, YEAR, sel))!;
      const ids = first.rows.map((r) => r.organizationId);
      for (let p = 2; p <= first.pageCount; p++) ids.push(...(await dash.supervisorDashboard(shenhe, YEAR, { ...sel, page: p }))!.rows.map((r) => r.organizationId));
      return { first, ids };
    }

    describe("the dashboard pages through the units in the database", () => {
      it("pages by kind and name, 50 a page, every unit once", async () => {
        const { first, ids } = await allPages({ status: "all" });
        expect(units.length).toBeGreaterThan(1600);
        expect(first.rows).toHaveLength(dash.DASHBOARD_PAGE_SIZE);
        expect(first.matched).toBe(units.length);
        expect(first.pageCount).toBe(Math.ceil(units.length / 50));
        expect(ids).toEqual([...units].sort(byName).map((u) => u.id));
        // A page beyond the last shows the last.
        expect((await dash.supervisorDashboard(shenhe, YEAR, { status: "all", page: 999 }))!.page).toBe(first.pageCount);
      });

      it("counts every status, 未创建 included, over the whole subtree", async () => {
        const d = (await dash.supervisorDashboard(shenhe, YEAR))!;
        for (const s of ["none", "draft", "submitted", "returned", "approved", "published"] as const) {
          expect(d.counts[s], s).toBe(units.filter((u) => u.status === s).length);
        }
        expect(d.counts.none).toBeGreaterThan(0);
        expect(d.whole.units).toBe(units.length);
        expect(d.whole.notIn).toBe(units.filter((u) => NOT_IN.includes(u.status)).length);
      });

      it("searches by name, filters by kind, sub-area and status (未创建 and 未提交 too)", async () => {
        const area = (await dash.supervisorDashboard(shenhe, YEAR))!.areas.find((a) => a.areaId)!;
        const areaPath = units.find((u) => u.id === area.areaId)!.path;
        const cases: [Parameters<typeof dash.supervisorDashboard>[2], (u: Unit) => boolean][] = [
          [{ status: "all", q: "教育" }, (u) => u.name.includes("教育")],
          [{ status: "all", kind: "township" }, (u) => u.kind === "township"],
          [{ status: "all", area: area.areaId! }, (u) => u.path.startsWith(areaPath)],
          [{ status: "none" }, (u) => u.status === "none"],
          [{ status: "notin", area: area.areaId!, q: "县" }, (u) => NOT_IN.includes(u.status) && u.path.startsWith(areaPath) && u.name.includes("县")],
          [{ status: "submitted", kind: "county-department" }, (u) => u.status === "submitted" && u.kind === "county-department"],
        ];
        for (const [sel, keep] of cases) {
          const { first, ids } = await allPages(sel);
          const expected = units.filter(keep).sort(byName).map((u) => u.id);
          expect(expected.length, JSON.stringify(sel)).toBeGreaterThan(0);
          expect(ids, JSON.stringify(sel)).toEqual(expected);
          expect(first.matched).toBe(expected.length);
        }
        // A unit that is not directly under the supervisor is no sub-area: the filter is ignored.
        const county = units.find((u) => u.kind === "county-government")!;
        expect((await dash.supervisorDashboard(shenhe, YEAR, { status: "all", area: county.id }))!.matched).toBe(units.length);
      });

      it("orders by deadline state across pages: not handed in first, then the latest hand-in", async () => {
        const { ids } = await allPages({ status: "all", sort: "deadline" });
        expect(ids).toEqual(byDeadline(units).map((u) => u.id));
        const d = (await dash.supervisorDashboard(shenhe, YEAR, { status: "all", sort: "deadline", page: 2 }))!;
        expect(d.rows[0].organizationId).toBe(byDeadline(units)[50].id);
      });

      it("tells each sub-area's progress, and which units have not handed in", async () => {
        const d = (await dash.supervisorDashboard(shenhe, YEAR))!;
        expect(d.areas.length).toBeGreaterThan(0);
        expect(d.areas.reduce((n, a) => n + a.units, 0)).toBe(d.whole.units);
        for (const a of d.areas) {
          const inArea = a.areaId
            ? units.filter((u) => u.path.startsWith(units.find((x) => x.id === a.areaId)!.path))
            : units.filter((u) => u.path.split("/").length === 4 && !units.some((x) => x.path.startsWith(u.path) && x.id !== u.id));
          expect(a.units, a.name).toBe(inArea.length);
          expect(a.counts.submitted, a.name).toBe(inArea.filter((u) => u.status === "submitted").length);
          expect(a.notIn, a.name).toBe(inArea.filter((u) => NOT_IN.includes(u.status)).length);
        }
        // The demo's own townships and departments sit directly under 示例区.
        expect(d.areas.find((a) => a.areaId === null)?.units).toBe(6);
      });
    });

    describe("the review queue follows the list without loading it", () => {
      for (const sort of ["name", "deadline"] as const) {
        it(`gives position and neighbours in the list's order (${sort})`, async () => {
          const list = (sort === "name" ? units.filter((u) => u.status === "submitted").sort(byName) : byDeadline(units.filter((u) => u.status === "submitted"))).map(
            (u) => u.reportId!,
          );
          for (const i of [0, 1, Math.floor(list.length / 2), list.length - 1]) {
            const q = (await queue.reviewQueue(shenhe, list[i], YEAR, { status: "submitted", sort }))!;
            expect(q).toMatchObject({ position: i + 1, total: list.length });
            expect(q.prev?.reportId ?? null).toBe(list[i - 1] ?? null);
            expect(q.next?.reportId ?? null).toBe(list[i + 1] ?? null);
          }
        });
      }

      it("keeps a report's place among all reports by deadline, not handed in first", async () => {
        const list = byDeadline(units.filter((u) => u.reportId)).map((u) => u.reportId!);
        const boundary = list.findIndex((id) => units.find((u) => u.reportId === id)!.submittedAt);
        for (const i of [boundary - 1, boundary]) {
          const q = (await queue.reviewQueue(shenhe, list[i], YEAR, { status: "all", sort: "deadline" }))!;
          expect(q).toMatchObject({ position: i + 1, total: list.length });
          expect(q.prev?.reportId).toBe(list[i - 1]);
          expect(q.next?.reportId).toBe(list[i + 1]);
        }
      });

      it("walks a searched sub-area's list, and keeps a decided report's place in it", async () => {
        const area = (await dash.supervisorDashboard(shenhe, YEAR))!.areas.find((a) => a.areaId)!;
        const areaPath = units.find((u) => u.id === area.areaId)!.path;
        const sel = { status: "submitted", area: area.areaId!, kind: "township", q: "镇" };
        const inSel = (u: Unit) => u.path.startsWith(areaPath) && u.kind === "township" && u.name.includes("镇");
        const list = units.filter((u) => u.status === "submitted" && inSel(u)).sort(byName);
        expect(list.length).toBeGreaterThan(3);
        for (const i of [0, 2, list.length - 1]) {
          const q = (await queue.reviewQueue(shenhe, list[i].reportId!, YEAR, sel))!;
          expect(q).toMatchObject({ position: i + 1, total: list.length });
          expect(q.prev?.reportId ?? null).toBe(list[i - 1]?.reportId ?? null);
          expect(q.next?.reportId ?? null).toBe(list[i + 1]?.reportId ?? null);
        }
        // 审核通过 takes the report out of 待审核, yet on its own page it stays between the same neighbours.
        const decided = list[2];
        await db.report.update({ where: { id: decided.reportId! }, data: { status: "approved" } });
        try {
          const q = (await queue.reviewQueue(shenhe, decided.reportId!, YEAR, sel))!;
          expect(q).toMatchObject({ position: 3, total: list.length });
          expect(q.next?.reportId).toBe(list[3]?.reportId);
          // A report outside the selection (another kind) is not in its list.
          const other = units.find((u) => u.reportId && u.kind !== "township" && u.path.startsWith(areaPath))!;
          expect(await queue.reviewQueue(shenhe, other.reportId!, YEAR, sel)).toBeNull();
        } finally {
          await db.report.update({ where: { id: decided.reportId! }, data: { status: "submitted" } });
        }
      });
    });

    describe("roll-up totals", () => {
      it("add an approved report's tables and take them out again when it is reopened", async () => {
        const { sumReports } = await import("@/lib/report/totals");
        const { parseReport } = await import("@/lib/report/schema");
        const wf = await import("@/lib/server/workflow-service");
        const slowTotals = async () => {
          const rows = await db.report.findMany({
            where: { year: YEAR, status: { in: ["approved", "published"] }, organization: { path: { startsWith: "/org-district/" }, disabled: false } },
          });
          const parsed = rows.flatMap((r) => {
            const p = parseReport(JSON.parse(r.data));
            return p.ok ? [p.report] : [];
          });
          return sumReports(parsed, { year: YEAR, format: "2021", organName: "合计" });
        };
        const before = (await dash.supervisorDashboard(shenhe, YEAR))!.totals!;
        const slow = await slowTotals();
        expect(before.count).toBe(slow.count);
        expect(before.report.tables).toEqual(slow.report.tables);

        const submitted = units.find((u) => u.status === "submitted")!;
        expect(await wf.approveReport(shenhe, submitted.reportId!)).toEqual({ ok: true });
        expect((await db.report.findUniqueOrThrow({ where: { id: submitted.reportId! } })).rollup).toMatch(/^\{"k":"2021-/);
        const approved = (await dash.supervisorDashboard(shenhe, YEAR))!.totals!;
        expect(approved.count).toBe(before.count + 1);
        expect(approved.report.tables).toEqual((await slowTotals()).report.tables);
        expect(approved.report.tables).not.toEqual(before.report.tables);

        expect(await wf.reopenReport(shenhe, submitted.reportId!, "表三有误")).toEqual({ ok: true });
        expect((await db.report.findUniqueOrThrow({ where: { id: submitted.reportId! } })).rollup).toBeNull();
        submitted.status = "returned";
        const reopened = (await dash.supervisorDashboard(shenhe, YEAR))!.totals!;
        expect(reopened.count).toBe(before.count);
        expect(reopened.report.tables).toEqual(before.report.tables);
      });

      it("fills a missing roll-up before summing (a report accepted before the column existed)", async () => {
        const target = await db.report.findFirstOrThrow({ where: { year: YEAR, status: "published", organizationId: { startsWith: "bench-" } } });
        const before = (await dash.supervisorDashboard(shenhe, YEAR))!.totals!;
        await db.report.update({ where: { id: target.id }, data: { rollup: null, updatedAt: target.updatedAt } });
        const after = (await dash.supervisorDashboard(shenhe, YEAR))!.totals!;
        expect(after).toEqual(before);
        expect((await db.report.findUniqueOrThrow({ where: { id: target.id } })).rollup).toMatch(/^\{"k":/);
      });

      it("sums a sub-area's own reports when one is chosen", async () => {
        const d = (await dash.supervisorDashboard(shenhe, YEAR))!;
        const area = d.areas.find((a) => a.areaId)!;
        const own = (await dash.supervisorDashboard(shenhe, YEAR, { status: "all", area: area.areaId! }))!;
        expect(own.area?.name).toBe(area.name);
        expect(own.totals!.count).toBe(area.counts.approved + area.counts.published);
        expect(own.totals!.count).toBeLessThan(d.totals!.count);
      });
    });

    describe("the 催报名单 at scale", () => {
      it("is a page of the units not handed in, in the list's order, each sub-area counted; the download holds them all", async () => {
        const rem = await import("@/lib/server/reminders-service");
        const notIn = units.filter((u) => NOT_IN.includes(u.status)).sort(byName);
        expect(notIn.length).toBeGreaterThan(dash.DASHBOARD_PAGE_SIZE);
        const first = (await rem.reminderCallPage(shenhe, YEAR))!;
        expect(first).toMatchObject({ matched: notIn.length, page: 1, pageCount: Math.ceil(notIn.length / 50), wholeNotIn: notIn.length });
        expect(first.rows.map((r) => r.organizationName)).toEqual(notIn.slice(0, 50).map((u) => u.name));
        const second = (await rem.reminderCallPage(shenhe, YEAR, { page: 2 }))!;
        expect(second.rows.map((r) => r.organizationName)).toEqual(notIn.slice(50, 100).map((u) => u.name));
        expect(first.areas.reduce((n, a) => n + a.notIn, 0)).toBeLessThanOrEqual(notIn.length);

        const area = first.areas.find((a) => a.notIn > 0)!;
        const areaPath = units.find((u) => u.id === area.id)!.path;
        const inArea = notIn.filter((u) => u.path.startsWith(areaPath));
        const narrowed = (await rem.reminderCallPage(shenhe, YEAR, { area: area.id }))!;
        expect(narrowed).toMatchObject({ matched: inArea.length, area: { id: area.id, name: area.name }, wholeNotIn: notIn.length });
        expect(area.notIn).toBe(inArea.length);

        const all = (await rem.reminderCallList(shenhe, YEAR))!;
        expect(all.map((r) => r.organizationName)).toEqual(notIn.map((u) => u.name));
        for (const r of all) expect(["未创建报告", "草稿，未提交", "已退回，未重新提交"]).toContain(r.state);
        expect((await rem.reminderCallList(shenhe, YEAR, { area: area.id }))!).toHaveLength(inArea.length);
        expect(await rem.reminderCallPage({ id: "user-donghu", name: "东湖镇", role: "clerk", organizationId: "org-donghu" }, YEAR)).toBeNull();
      });
    });

    describe("the summary per level", () => {
      it("has a column per unit directly under the level, a sub-area's being the sum of all its units; each opens one level down", async () => {
        const { supervisorSummary } = await import("@/lib/server/summary-service");
        const { sumReports } = await import("@/lib/report/totals");
        const { parseReport } = await import("@/lib/report/schema");
        const { cellKey } = await import("@/lib/report/cells");
        const { inputCells } = await import("@/lib/template/layout");
        const { formatForYear, getTemplate } = await import("@/lib/template");
        // The slow way: every accepted report below a path, parsed and summed.
        const slowSum = async (pathPrefix: string) => {
          const rows = await db.report.findMany({
            where: { year: YEAR, status: { in: ["approved", "published"] }, organization: { path: { startsWith: pathPrefix }, disabled: false } },
            select: { data: true },
          });
          const reports = rows.map((r) => (parseReport(JSON.parse(r.data)) as { ok: true; report: never }).report);
          return { n: rows.length, total: sumReports(reports, { year: YEAR, format: formatForYear(YEAR)!, organName: "x" }).report };
        };
        const top = (await supervisorSummary(shenhe, YEAR, ["approved", "published"]))!;
        const area = top.columns.find((c) => c.area)!;
        expect(area).toBeDefined();
        const areaPath = units.find((u) => u.id === area.id)!.path;
        const slow = await slowSum(areaPath);
        expect(area.reports).toBe(slow.n);
        // Column by column, cell by cell, the level's sums are what the reports add up to.
        const format = top.summary.format;
        const cells = inputCells(getTemplate(format));
        const col = top.columns.indexOf(area);
        const { getCell } = await import("@/lib/report/cells");
        for (const t of top.summary.tables) {
          for (const line of t.lines) {
            const cell = cells.find((c) => c.name === line.name && c.ref.table === t.table)!;
            expect(line.values[col], `${t.table} ${cellKey(cell.ref)}`).toBe(getCell(slow.total, cell.ref));
          }
        }
        expect(top.reports).toBe((await slowSum("/org-district/")).n);
        expect(top.columns.every((c) => !c.own)).toBe(true);

        // One level down: the area's own report first (本级), then its units.
        const down = (await supervisorSummary(shenhe, YEAR, ["approved", "published"], area.id))!;
        expect(down.level).toEqual({ id: area.id, name: area.name });
        expect(down.trail.map((t) => t.id)).toEqual(["org-district", area.id]);
        expect(down.reports).toBe(slow.n);
        // A report accepted before the roll-up column still counts: its roll-up is filled first.
        const one = await db.report.findFirstOrThrow({ where: { year: YEAR, status: "approved", organization: { path: { startsWith: areaPath } } } });
        await db.report.update({ where: { id: one.id }, data: { rollup: null } });
        const again = (await supervisorSummary(shenhe, YEAR, ["approved", "published"]))!;
        expect(again.columns.find((c) => c.id === area.id)!.reports).toBe(slow.n);
        expect(again.summary.tables).toEqual(top.summary.tables);
        expect((await db.report.findUniqueOrThrow({ where: { id: one.id } })).rollup).not.toBeNull();
        // A unit outside the supervisor's is not a level of theirs: the summary stays at their own.
        expect((await supervisorSummary(shenhe, YEAR, ["approved", "published"], "org-other-district"))!.level.id).toBe("org-district");
      });
    });

    describe("the unit list as .xlsx", () => {
      it("holds every unit of the selection in the list's order", async () => {
        const { unitsXlsx, UNITS_SHEET } = await import("@/lib/workflow/units-xlsx");
        const rows = (await dash.dashboardUnits(shenhe, YEAR, { status: "notin", sort: "deadline" }))!;
        const expected = byDeadline(units.filter((u) => NOT_IN.includes(u.status)));
        expect(rows.map((r) => r.organizationId)).toEqual(expected.map((u) => u.id));
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await unitsXlsx(rows, "名单")) as unknown as ArrayBuffer);
        const ws = wb.getWorksheet(UNITS_SHEET)!;
        expect(ws.rowCount).toBe(2 + expected.length);
        expect(ws.getRow(3).getCell(1).value).toBe(expected[0].name);
        expect(ws.getRow(3).getCell(3).value).toMatch(/未创建|草稿|已退回/);
        expect(await dash.dashboardUnits({ id: "user-donghu", name: "东湖镇", role: "clerk", organizationId: "org-donghu" }, YEAR)).toBeNull();
      });
    });
  });
}
