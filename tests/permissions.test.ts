/** can(user, action, target): who may do what, as one table. */
import { describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/server/acting-user";
import { can, REFUSALS, type Action } from "@/lib/server/permissions";

const clerk: ActingUser = { id: "c", name: "填报人", role: "clerk", organizationId: "org-a" };
const clerkWithoutUnit: ActingUser = { ...clerk, organizationId: null };
const supervisor: ActingUser = { id: "s", name: "审核人", role: "supervisor", organizationId: "org-county" };
const admin: ActingUser = { id: "a", name: "管理员", role: "admin", organizationId: null };

const own = { organizationId: "org-a", status: "draft" };
const other = { organizationId: "org-b", status: "draft" };

describe("can", () => {
  it.each<[string, ActingUser, Action, object, boolean]>([
    ["a clerk creates the unit's report", clerk, "report.create", {}, true],
    ["a clerk without a unit does not", clerkWithoutUnit, "report.create", {}, false],
    ["a supervisor does not create reports", supervisor, "report.create", {}, false],
    ["a clerk edits the unit's draft", clerk, "report.edit", own, true],
    ["and a returned one", clerk, "report.edit", { ...own, status: "returned" }, true],
    ["but not one awaiting review", clerk, "report.edit", { ...own, status: "submitted" }, false],
    ["nor another unit's", clerk, "report.edit", other, false],
    ["a supervisor edits nothing", supervisor, "report.edit", own, false],
    ["a clerk submits the unit's report", clerk, "report.submit", own, true],
    ["not another unit's", clerk, "report.submit", other, false],
    ["a clerk compares the unit's years", clerk, "report.compare", own, true],
    ["not another unit's", clerk, "report.compare", other, false],
    ["a supervisor compares (the units access.ts lets them see)", supervisor, "report.compare", other, true],
    ["the admin does not", admin, "report.compare", own, false],
    ["a supervisor reviews", supervisor, "report.review", {}, true],
    ["a clerk does not", clerk, "report.review", {}, false],
    ["the admin does not", admin, "report.review", {}, false],
    ["a supervisor comments", supervisor, "comment.add", {}, true],
    ["a clerk does not", clerk, "comment.add", {}, false],
    ["a clerk answers comments", clerk, "comment.answer", {}, true],
    ["the admin does not", admin, "comment.answer", {}, false],
    ["the admin manages accounts", admin, "admin.manage", {}, true],
    ["a supervisor does not", supervisor, "admin.manage", {}, false],
  ])("%s", (_what, user, action, target, expected) => {
    expect(can(user, action, target)).toBe(expected);
  });

  it("has a Chinese refusal for every action", () => {
    for (const message of Object.values(REFUSALS)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});
