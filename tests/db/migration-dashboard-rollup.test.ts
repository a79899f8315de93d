/**
 * An existing database of the schema before the dashboard roll-up takes its migration without
 * loss: every report's first hand-in (submittedAt) is back-filled from its history (the first
 * step to 待审核, not a later resubmission), a report never handed in keeps none, and every
 * other column is what it was. The roll-ups themselves are filled from the reports' JSON by the
 * seed step and the dashboard (tests/dashboard-scale.test.ts).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const MIGRATION = "20261204000000_dashboard_rollup";
const sql = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

describe("the dashboard roll-up migration", () => {
  it("back-fills the first hand-in and keeps every report as it was", () => {
    const db = new Database(":memory:");
    for (const m of fs.readdirSync(MIGRATIONS).filter((m) => m < MIGRATION && !m.endsWith(".toml")).sort()) db.exec(sql(m));
    db.prepare(`INSERT INTO "Organization" ("id", "name", "kind", "path") VALUES ('org-a', '甲镇', 'township', '/org-a/')`).run();
    const report = db.prepare(`INSERT INTO "Report" ("id", "organizationId", "year", "format", "status", "data", "updatedAt") VALUES (?, 'org-a', ?, '2021', ?, ?, CURRENT_TIMESTAMP)`);
    report.run("r1", 2023, "approved", JSON.stringify({ text: "2023" }));
    report.run("r2", 2024, "draft", JSON.stringify({ text: "2024" }));
    const event = db.prepare(`INSERT INTO "ReportEvent" ("id", "reportId", "actorId", "fromStatus", "toStatus", "createdAt") VALUES (?, ?, 'u', ?, ?, ?)`);
    event.run("e1", "r1", "draft", "submitted", "2024-01-20T02:00:00.000+00:00");
    event.run("e2", "r1", "submitted", "returned", "2024-01-22T02:00:00.000+00:00");
    event.run("e3", "r1", "returned", "submitted", "2024-02-05T02:00:00.000+00:00");
    event.run("e4", "r1", "submitted", "approved", "2024-02-06T02:00:00.000+00:00");
    event.run("e5", "r2", "", "draft", "2025-01-03T02:00:00.000+00:00");
    const before = db.prepare(`SELECT * FROM "Report" ORDER BY "id"`).all();

    db.exec(sql(MIGRATION));

    const after = db.prepare(`SELECT * FROM "Report" ORDER BY "id"`).all() as Record<string, unknown>[];
    expect(after.map(({ submittedAt, rollup, ...rest }) => (void submittedAt, void rollup, rest))).toEqual(before);
    expect(after.map((r) => r.submittedAt)).toEqual(["2024-01-20T02:00:00.000+00:00", null]);
    expect(after.map((r) => r.rollup)).toEqual([null, null]);
    const indexes = db.prepare(`SELECT "name" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Report'`).all() as { name: string }[];
    expect(indexes.map((i) => i.name)).toContain("Report_year_status_idx");
  });
});
