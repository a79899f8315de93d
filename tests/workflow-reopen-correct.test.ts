import { describe, expect, it } from "vitest";
import { parsePublishDate, publicationChange, publishDateProblem } from "@/lib/workflow/publication";
import { availableActions, checkTransition, transitionBetween, TRANSITIONS } from "@/lib/workflow/transitions";

describe("reopening and correcting, as transitions data", () => {
  it("lets only the supervisor reopen an approved or published report, back to 已退回, with a reason", () => {
    for (const from of ["approved", "published"]) {
      expect(checkTransition("supervisor", "reopen", from)).toMatchObject({ ok: true, to: "returned" });
      expect(checkTransition("clerk", "reopen", from)).toEqual({ ok: false, message: "只有审核人可以重新打开" });
      expect(checkTransition("admin", "reopen", from).ok).toBe(false);
    }
    for (const from of ["draft", "submitted", "returned"]) {
      expect(checkTransition("supervisor", "reopen", from).ok).toBe(false);
    }
    const t = TRANSITIONS.find((x) => x.action === "reopen")!;
    expect(t.reasonRequired).toBe(true);
    expect(t.records).toBe("reason");
  });

  it("lets only the supervisor correct the publication record, and only of a published report, which stays published", () => {
    expect(checkTransition("supervisor", "correctPublication", "published")).toMatchObject({ ok: true, to: "published" });
    expect(checkTransition("supervisor", "correctPublication", "approved")).toEqual({
      ok: false,
      message: "报告当前状态为“已通过”，不能更正发布信息",
    });
    expect(checkTransition("clerk", "correctPublication", "published").ok).toBe(false);
    expect(TRANSITIONS.find((x) => x.action === "correctPublication")!.records).toBe("publicationChange");
  });

  it("offers 标记已发布 and 重新打开 on an approved report, 更正 and 重新打开 on a published one", () => {
    expect(availableActions("supervisor", "approved")).toEqual(["publish", "reopen"]);
    expect(availableActions("supervisor", "published")).toEqual(["correctPublication", "reopen"]);
    expect(availableActions("clerk", "approved")).toEqual([]);
  });

  it("names each recorded step by its transition: one action per (from, to)", () => {
    expect(transitionBetween("submitted", "returned")?.action).toBe("return");
    expect(transitionBetween("published", "returned")?.action).toBe("reopen");
    expect(transitionBetween("approved", "returned")?.action).toBe("reopen");
    expect(transitionBetween("published", "published")?.action).toBe("correctPublication");
    const pairs = TRANSITIONS.flatMap((t) => t.from.map((f) => `${f}>${t.to}`));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe("the publication date", () => {
  const now = new Date("2026-01-20T10:00:00+08:00");
  const approved = new Date("2026-01-14T10:05:00+08:00");
  const d = (s: string) => parsePublishDate(s)!;

  it("accepts a date after the year, after the approval, not after today", () => {
    expect(publishDateProblem(2025, d("2026-01-14"), approved, now)).toBeNull();
    expect(publishDateProblem(2025, d("2026-01-20"), approved, now)).toBeNull();
  });

  it("refuses a date in the future", () => {
    expect(publishDateProblem(2025, d("2030-01-01"), approved, now)).toBe("发布日期 2030年1月1日 晚于今天，请填写实际发布的日期");
    expect(publishDateProblem(2025, d("2026-01-21"), approved, now)).toContain("晚于今天");
  });

  it("refuses a date before the statistical year has ended", () => {
    expect(publishDateProblem(2024, d("2023-06-01"), null, now)).toBe(
      "发布日期 2023年6月1日 早于统计年度结束，2024年度报告只能在 2025年1月1日以后发布",
    );
    expect(publishDateProblem(2025, d("2025-12-31"), null, now)).toContain("早于统计年度结束");
  });

  it("refuses a date before the approval", () => {
    expect(publishDateProblem(2025, d("2026-01-10"), approved, now)).toBe("发布日期 2026年1月10日 早于审核通过的日期 2026年1月14日");
  });

  it("reads only real dates", () => {
    expect(parsePublishDate("2026-02-30")).toBeNull();
    expect(parsePublishDate("2026/01/20")).toBeNull();
    expect(parsePublishDate("")).toBeNull();
    expect(parsePublishDate("2026-01-20")?.toISOString()).toBe("2026-01-19T16:00:00.000Z");
  });

  it("describes a correction by the old and the new values", () => {
    const before = { publishedAt: d("2030-01-01"), publishedUrl: "https://a.gov.cn/1.html" };
    expect(publicationChange(before, { publishedAt: d("2026-01-20"), publishedUrl: "https://a.gov.cn/1.html" })).toBe(
      "发布日期 2030年1月1日 → 2026年1月20日",
    );
    expect(publicationChange(before, { publishedAt: d("2030-01-01"), publishedUrl: "https://a.gov.cn/2.html" })).toBe(
      "发布网址 https://a.gov.cn/1.html → https://a.gov.cn/2.html",
    );
    expect(publicationChange(before, { publishedAt: d("2030-01-01"), publishedUrl: "https://a.gov.cn/1.html" })).toBeNull();
  });
});
