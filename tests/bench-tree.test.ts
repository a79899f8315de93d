/** The synthetic tree of bench:data (scripts/bench-tree.ts): its size, its shape, where the bench clerks sit. */
import { describe, expect, it } from "vitest";
import { buildTree, clerkUnitIndexes, type Unit } from "@/scripts/bench-tree";
import { childPath } from "@/lib/tree/path";

const ROOT = { id: "org-district", path: "/org-district/" };
const tree = (n: number) => buildTree(n, ROOT.id, ROOT.path);

/** What kind of unit may sit under what: the root (the province's supervisor) → cities → counties → townships and departments. */
const UNDER: Record<string, string[]> = {
  root: ["city-government"],
  "city-government": ["city-department", "county-government"],
  "county-government": ["county-department", "township", "street"],
};

describe("bench:data's tree", () => {
  it.each([1, 41, 50, 1000, 1001, 5000, 35_000])("has exactly %i units, each once", (n) => {
    const units = tree(n);
    expect(units).toHaveLength(n);
    expect(new Set(units.map((u) => u.id)).size).toBe(n);
    expect(units.every((u) => u.id.startsWith("bench-"))).toBe(true);
  });

  it("lists a parent before its children, each path the parent's plus the unit's id, each kind under the kind it belongs to", () => {
    const units = tree(5000);
    const seen = new Map<string, Unit>();
    for (const u of units) {
      const parent = u.parentId === ROOT.id ? null : seen.get(u.parentId);
      if (u.parentId !== ROOT.id) expect(parent, u.id).toBeDefined();
      expect(u.path).toBe(childPath(parent?.path ?? ROOT.path, u.id));
      expect(UNDER[parent?.kind ?? "root"]).toContain(u.kind);
      seen.set(u.id, u);
    }
  });

  it("at 35,000 units: 35 cities of about a thousand, counties of at most a hundred, mostly townships and departments", () => {
    const units = tree(35_000);
    const kids = new Map<string, number>();
    for (const u of units) kids.set(u.parentId, (kids.get(u.parentId) ?? 0) + 1);
    const cities = units.filter((u) => u.kind === "city-government");
    const counties = units.filter((u) => u.kind === "county-government");
    expect(cities).toHaveLength(35);
    expect(counties.length).toBeGreaterThan(300);
    for (const c of counties) expect(kids.get(c.id)).toBeLessThanOrEqual(99);
    const perCity = cities.map((c) => units.filter((u) => u.path.startsWith(c.path)).length);
    expect(Math.min(...perCity)).toBe(1000);
    expect(Math.max(...perCity)).toBe(1000);
    const leaves = units.filter((u) => !kids.has(u.id)).length;
    expect(leaves / units.length).toBeGreaterThan(0.95);
    // Names are unique within the province, as a search needs them to be.
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
  });

  it("puts the bench clerks on distinct units without units under them, spread over every city", () => {
    const units = tree(35_000);
    const parents = new Set(units.map((u) => u.parentId));
    const picked = clerkUnitIndexes(units, 100);
    expect(picked).toHaveLength(100);
    expect(new Set(picked).size).toBe(100);
    for (const i of picked) expect(parents.has(units[i].id)).toBe(false);
    const cityOf = (u: Unit) => u.path.split("/")[2];
    expect(new Set(picked.map((i) => cityOf(units[i]))).size).toBe(35);
  });

  it("gives as many clerks as there are leaves when asked for more", () => {
    const units = tree(10);
    const picked = clerkUnitIndexes(units, 100);
    expect(picked).toHaveLength(units.filter((u) => !units.some((c) => c.parentId === u.id)).length);
    expect(clerkUnitIndexes(units, 0)).toEqual([]);
  });
});
