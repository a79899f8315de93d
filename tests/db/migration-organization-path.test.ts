/**
 * An existing database of the schema before materialized paths (the demo district, a second
 * county, reports, a 催报) takes the path migration without loss: every unit gets the path of
 * its chain of parents, and reports and reminders are byte for byte what they were.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_ORGANIZATIONS, OTHER_DISTRICT_ORGANIZATIONS } from "@/prisma/demo-data";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const PATH_MIGRATION = "20261203000000_organization_path";
const sql = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

describe("the organisation path migration", () => {
  it("back-fills every unit's path and keeps reports and reminders intact", () => {
    const db = new Database(":memory:");
    const before = fs.readdirSync(MIGRATIONS).filter((m) => m < PATH_MIGRATION && !m.endsWith(".toml")).sort();
    for (const m of before) db.exec(sql(m));
    const [root, ...units] = DEMO_ORGANIZATIONS;
    const insertOrg = db.prepare(`INSERT INTO "Organization" ("id", "name", "kind", "parentId") VALUES (?, ?, ?, ?)`);
    insertOrg.run(root.id, root.name, root.kind, null);
    for (const u of units) insertOrg.run(u.id, u.name, u.kind, root.id);
    for (const o of OTHER_DISTRICT_ORGANIZATIONS) insertOrg.run(o.id, o.name, o.kind, o.parentId);
    // A third level and a unit whose parent row is gone (an old hand edit): neither may be lost.
    insertOrg.run("org-village", "东湖镇某村", "township", "org-donghu");
    db.pragma("foreign_keys = OFF");
    insertOrg.run("org-orphan", "孤立单位", "township", "org-gone");
    const insertReport = db.prepare(
      `INSERT INTO "Report" ("id", "organizationId", "year", "format", "status", "data", "updatedAt") VALUES (?, ?, ?, '2021', ?, ?, CURRENT_TIMESTAMP)`,
    );
    insertReport.run("r1", "org-donghu", 2023, "approved", JSON.stringify({ text: "东湖镇 2023" }));
    insertReport.run("r2", "org-qiaotou", 2024, "draft", JSON.stringify({ text: "桥头镇 2024" }));
    db.prepare(`INSERT INTO "Reminder" ("id", "organizationId", "year", "senderId") VALUES ('m1', 'org-xishan', 2024, 'user-supervisor')`).run();
    const reportsBefore = db.prepare(`SELECT * FROM "Report" ORDER BY "id"`).all();
    const remindersBefore = db.prepare(`SELECT * FROM "Reminder" ORDER BY "id"`).all();
    const orgsBefore = db.prepare(`SELECT "id", "name", "kind", "parentId", "disabled", "createdAt" FROM "Organization" ORDER BY "id"`).all();

    db.exec(sql(PATH_MIGRATION));

    const paths = Object.fromEntries(
      (db.prepare(`SELECT "id", "path" FROM "Organization"`).all() as { id: string; path: string }[]).map((o) => [o.id, o.path]),
    );
    expect(paths["org-district"]).toBe("/org-district/");
    expect(paths["org-donghu"]).toBe("/org-district/org-donghu/");
    expect(paths["org-village"]).toBe("/org-district/org-donghu/org-village/");
    expect(paths["org-qiaotou"]).toBe("/org-other-district/org-qiaotou/");
    expect(paths["org-orphan"]).toBe("/org-orphan/");
    expect(Object.values(paths).every((p) => p.startsWith("/") && p.endsWith("/"))).toBe(true);
    expect(db.prepare(`SELECT "id", "name", "kind", "parentId", "disabled", "createdAt" FROM "Organization" ORDER BY "id"`).all()).toEqual(orgsBefore);
    expect(db.prepare(`SELECT * FROM "Report" ORDER BY "id"`).all()).toEqual(reportsBefore);
    expect(db.prepare(`SELECT * FROM "Reminder" ORDER BY "id"`).all()).toEqual(remindersBefore);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'Organization_path_idx'`).get()).toBeTruthy();
    db.close();
  });
});
