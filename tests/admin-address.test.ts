import { describe, expect, it } from "vitest";
import { adminHref, parseAdminAddress } from "@/lib/admin/admin-address";

describe("the admin page's address", () => {
  it("reads both lists' places and falls back on bad values", () => {
    expect(parseAdminAddress({ unit: "org-district", q: " 教育 ", page: "3", uq: "li", upage: "2" })).toEqual({ unit: "org-district", q: "教育", page: 3, uq: "li", upage: 2 });
    expect(parseAdminAddress({ unit: "a b;drop", page: "-1", upage: "x", q: "长".repeat(80) })).toEqual({ unit: "", q: "长".repeat(50), page: 1, uq: "", upage: 1 });
  });

  it("starts a list on its first page when its place changes, and keeps the other list", () => {
    const at = parseAdminAddress({ unit: "u1", page: "4", uq: "li", upage: "2" });
    expect(adminHref(at, { unit: "u2" })).toBe("/admin?unit=u2&uq=li&upage=2");
    expect(adminHref(at, { q: "镇" })).toBe("/admin?unit=u1&q=%E9%95%87&uq=li&upage=2");
    expect(adminHref(at, { uq: "" })).toBe("/admin?unit=u1&page=4");
    expect(adminHref(at, { page: 5 })).toBe("/admin?unit=u1&page=5&uq=li&upage=2");
    expect(adminHref(parseAdminAddress({}), { unit: "" })).toBe("/admin");
  });
});
