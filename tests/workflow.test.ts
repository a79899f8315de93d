import { describe, expect, it } from "vitest";
import { daysLeft, deadlineText } from "@/lib/workflow/deadline";
import { isEditable, REPORT_STATUSES } from "@/lib/workflow/statuses";
import { availableActions, checkTransition, TRANSITIONS } from "@/lib/workflow/transitions";

describe("allowed transitions", () => {
  it("lets the clerk submit a draft and a returned report, and nothing else", () => {
    expect(checkTransition("clerk", "submit", "draft")).toMatchObject({ ok: true, to: "submitted" });
    expect(checkTransition("clerk", "submit", "returned")).toMatchObject({ ok: true, to: "submitted" });
    for (const from of ["submitted", "approved", "published"]) {
      const r = checkTransition("clerk", "submit", from);
      expect(r.ok).toBe(false);
    }
  });

  it("refuses forged requests: a clerk approving, a supervisor submitting, approving a draft", () => {
    expect(checkTransition("clerk", "approve", "submitted")).toEqual({ ok: false, message: "只有审核人可以审核通过" });
    expect(checkTransition("supervisor", "submit", "draft")).toEqual({ ok: false, message: "只有本单位填报人可以提交审核" });
    expect(checkTransition("supervisor", "approve", "draft")).toEqual({
      ok: false,
      message: "报告当前状态为“草稿”，不能审核通过",
    });
    expect(checkTransition("admin", "approve", "submitted").ok).toBe(false);
    expect(checkTransition("supervisor", "publish", "submitted").ok).toBe(false);
  });

  it("takes the supervisor from 待审核 to 已退回 or 已通过, and from 已通过 to 已发布", () => {
    expect(checkTransition("supervisor", "return", "submitted")).toMatchObject({ ok: true, to: "returned" });
    expect(checkTransition("supervisor", "approve", "submitted")).toMatchObject({ ok: true, to: "approved" });
    expect(checkTransition("supervisor", "publish", "approved")).toMatchObject({ ok: true, to: "published" });
  });

  it("leaves 已发布 only by the supervisor's correction or reopening, and every target is a known status", () => {
    expect(availableActions("supervisor", "published")).toEqual(["correctPublication", "reopen"]);
    for (const role of ["clerk", "admin"]) expect(availableActions(role, "published")).toEqual([]);
    for (const t of TRANSITIONS) expect(REPORT_STATUSES).toContain(t.to);
  });

  it("offers the buttons each role may press", () => {
    expect(availableActions("supervisor", "submitted")).toEqual(["return", "approve"]);
    expect(availableActions("clerk", "returned")).toEqual(["submit"]);
    expect(availableActions("clerk", "submitted")).toEqual([]);
  });

  it("allows editing only in 草稿 and 已退回", () => {
    expect(REPORT_STATUSES.filter(isEditable)).toEqual(["draft", "returned"]);
  });
});

describe("deadline (31 January of the next year, Beijing time)", () => {
  it("counts the days left and the days overdue", () => {
    expect(daysLeft(2025, new Date("2026-01-30T12:00:00+08:00"))).toBe(1);
    expect(deadlineText(2025, new Date("2026-01-31T23:59:00+08:00"))).toBe("今天截止");
    expect(deadlineText(2025, new Date("2026-02-03T08:00:00+08:00"))).toBe("已逾期 3 天");
    expect(deadlineText(2025, new Date("2025-12-31T09:00:00+08:00"))).toBe("还剩 31 天");
  });

  it("uses the Beijing calendar day, not UTC's", () => {
    // 2026-02-01 00:30 in Beijing is still 31 January in UTC.
    expect(daysLeft(2025, new Date("2026-01-31T16:30:00Z"))).toBe(-1);
  });
});
