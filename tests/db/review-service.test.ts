/**
 * loadReportForReview: the supervisor sees the findings the clerk saw — the cross-year ones
 * against last year's report included — each confirmed warning with the clerk's reason, and
 * the dashboard's counts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findingKey } from "@/lib/check/finding-key";
import type { Report } from "@/lib/report/types";
import type { ActingUser } from "@/lib/server/acting-user";
import { copyTestDatabase } from "./test-database";

const testDb = copyTestDatabase("nianbao-review-");

let db: typeof import("@/lib/server/db").db;
let service: typeof import("@/lib/server/review-service");
let reports: typeof import("@/lib/server/report-service");
let dashboard: typeof import("@/lib/server/dashboard-service");
let record: typeof import("@/lib/server/report-record");

const donghu: ActingUser = { id: "user-donghu", name: "东湖镇填报人", role: "clerk", organizationId: "org-donghu" };
const supervisor: ActingUser = { id: "user-supervisor", name: "审核人", role: "supervisor", organizationId: "org-district" };
const otherSupervisor: ActingUser = { id: "user-supervisor2", name: "邻县", role: "supervisor", organizationId: "org-other-district" };
const REASON = "上年有 1 件申请转交他机关办理，不再结转。";

async function store(year: number, mutate: (r: Report) => void) {
  const { emptyReport } = await import("@/lib/report/empty");
  const { fillDerived } = await import("@/lib/report/fill-derived");
  const r = emptyReport({ year, organName: "示例区东湖镇人民政府", organKind: "township" });
  mutate(r);
  const report = fillDerived(r);
  return db.report.create({ data: { organizationId: "org-donghu", year, format: report.format, data: JSON.stringify(report) } });
}

let id = "";

beforeAll(async () => {
  db = (await import("@/lib/server/db")).db;
  service = await import("@/lib/server/review-service");
  reports = await import("@/lib/server/report-service");
  dashboard = await import("@/lib/server/dashboard-service");
  record = await import("@/lib/server/report-record");
  await store(2023, (r) => {
    r.tables.requests.newRequests = [2, 0, 0, 0, 0, 0, 0];
    r.tables.requests.carriedForward = [2, 0, 0, 0, 0, 0, 0];
  });
  const row = await store(2024, (r) => {
    r.tables.requests.carriedOver = [1, 0, 0, 0, 0, 0, 0];
    r.tables.requests.carriedForward = [1, 0, 0, 0, 0, 0, 0];
  });
  id = row.id;
  // The clerk confirms W1 with a reason through the real save.
  const loaded = (await reports.loadReportForEditing(donghu, id))!;
  const { check } = await import("@/lib/check");
  const w1 = check(loaded.report, loaded.previous).filter((f) => f.rule === "W1");
  expect(w1.length).toBeGreaterThan(0);
  const saved = await reports.saveDraft(donghu, id, {
    baseVersion: 1,
    data: loaded.report,
    acknowledgements: Object.fromEntries(w1.map((f) => [findingKey(f), REASON])),
  });
  expect(saved.ok).toBe(true);
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  testDb.remove();
});

describe("loadReportForReview", () => {
  it("checks against last year's report and lists each confirmed warning with the clerk's reason", async () => {
    const r = (await service.loadReportForReview(supervisor, id))!;
    expect(r.previous?.year).toBe(2023);
    const w1 = r.findings.filter((f) => f.rule === "W1");
    expect(w1.length).toBe(2);
    expect(r.confirmed.map((c) => [c.finding.rule, c.reason])).toEqual(w1.map(() => ["W1", REASON]));
    expect(r.acknowledgements[findingKey(w1[0])]).toBe(REASON);
  });

  it("counts as the dashboard does", async () => {
    const r = (await service.loadReportForReview(supervisor, id))!;
    const board = (await dashboard.supervisorDashboard(supervisor, 2024))!;
    const row = board.rows.find((x) => x.reportId === id)!;
    expect(r.counts).toEqual({ errorCount: row.errorCount, warningCount: row.warningCount });
    expect(r.counts.warningCount).toBe(r.findings.filter((f) => f.severity === "warning").length - r.confirmed.length);
  });

  it("is not there for a clerk or for another county's supervisor", async () => {
    expect(await service.loadReportForReview(donghu, id)).toBeNull();
    expect(await service.loadReportForReview(otherSupervisor, id)).toBeNull();
  });
});

describe("reportFor", () => {
  it("gives the unit's clerk the report to view, with its sums, and not to review", async () => {
    const r = await record.reportFor(donghu, id, "view");
    expect(r.kind).toBe("ok");
    if (r.kind === "ok") expect(r.report.tables.requests.carriedOver[6]).toBe(1);
    expect((await record.reportFor(donghu, id, "review")).kind).toBe("notFound");
    expect((await record.reportFor(otherSupervisor, id, "view")).kind).toBe("notFound");
  });

  it("tells a stored report that is not JSON from one the schema refuses", async () => {
    const broken = await db.report.create({ data: { organizationId: "org-donghu", year: 2020, format: "2019", data: "{不是 JSON" } });
    expect((await record.reportFor(supervisor, broken.id, "review")).kind).toBe("broken");
    await db.report.update({ where: { id: broken.id }, data: { data: JSON.stringify({ schema: "nianbao/report@1", format: "2019", year: 2020 }) } });
    const r = await record.reportFor(supervisor, broken.id, "review");
    expect(r.kind).toBe("invalid");
    if (r.kind === "invalid") expect(r.errors[0]).toMatch(/[\u4e00-\u9fff]/);
    await expect(service.loadReportForReview(supervisor, broken.id)).rejects.toThrow(/报告数据无法读取/);
    await db.report.delete({ where: { id: broken.id } });
  });
});
