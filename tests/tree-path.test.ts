import { describe, expect, it } from "vitest";
import { pathIds, unitIdParam } from "@/lib/tree/path";

describe("materialized paths", () => {
  it("lists a path's units top first, from a given unit down", () => {
    expect(pathIds("/province/city/county/")).toEqual(["province", "city", "county"]);
    expect(pathIds("/province/city/county/", "city")).toEqual(["city", "county"]);
    expect(pathIds("/province/city/county/", "province")).toEqual(["province", "city", "county"]);
    expect(pathIds("/province/city/", "elsewhere")).toEqual(["province", "city"]);
  });

  it("takes a unit id from an address and nothing else", () => {
    expect(unitIdParam("org-district")).toBe("org-district");
    expect(unitIdParam("bench-c0_d1")).toBe("bench-c0_d1");
    for (const bad of [undefined, null, "", "a b", "x;drop", "长".repeat(3), "a".repeat(65)]) expect(unitIdParam(bad)).toBe("");
  });
});
