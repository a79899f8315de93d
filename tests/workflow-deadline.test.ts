import { describe, expect, it } from "vitest";
import { deadlineState, deadlineStateText, isOverdue } from "@/lib/workflow/deadline";

const at = (s: string) => new Date(s);
const text = (year: number, submitted: string | null, now: string) =>
  deadlineStateText(deadlineState(year, submitted ? at(submitted) : null, at(now)));

describe("the deadline column (31 January of the next year)", () => {
  it("says 按时提交 for a report handed in by 31 January, whatever today is", () => {
    // 自然资源局's 2022 report, handed in 2023-01-16, looked at years later.
    expect(text(2022, "2023-01-16T17:10:00+08:00", "2026-12-02T10:00:00+08:00")).toBe("按时提交");
    // On the day itself, late in the evening (Beijing), is on time.
    expect(text(2022, "2023-01-31T23:30:00+08:00", "2023-02-10T10:00:00+08:00")).toBe("按时提交");
  });

  it("counts the days late of a report handed in after the deadline, fixed once handed in", () => {
    expect(text(2025, "2026-02-03T09:00:00+08:00", "2026-02-05T10:00:00+08:00")).toBe("逾期 3 天提交");
    expect(text(2025, "2026-02-03T09:00:00+08:00", "2027-06-01T10:00:00+08:00")).toBe("逾期 3 天提交");
    // Beijing's calendar day: 1 February 00:30 in Beijing is still 31 January in UTC.
    expect(text(2025, "2026-01-31T16:30:00Z", "2026-02-05T10:00:00+08:00")).toBe("逾期 1 天提交");
  });

  it("counts down for a report not yet handed in, and up once the deadline has passed", () => {
    expect(text(2025, null, "2025-12-31T09:00:00+08:00")).toBe("还剩 31 天");
    expect(text(2025, null, "2026-01-31T23:59:00+08:00")).toBe("今天截止");
    expect(text(2025, null, "2026-02-03T08:00:00+08:00")).toBe("未提交（已逾期 3 天）");
  });

  it("for a past year shows the state at the deadline, not a running count", () => {
    // The 2024 round closed on 2025-01-31 and the 2025 round on 2026-01-31.
    expect(text(2024, null, "2026-12-02T10:00:00+08:00")).toBe("截止时未提交");
    expect(text(2025, null, "2026-12-02T10:00:00+08:00")).toBe("未提交（已逾期 305 天）");
  });

  it("marks late and overdue states for attention, not the others", () => {
    expect(isOverdue(deadlineState(2025, at("2026-02-03T09:00:00+08:00")))).toBe(true);
    expect(isOverdue(deadlineState(2025, null, at("2026-02-03T09:00:00+08:00")))).toBe(true);
    expect(isOverdue(deadlineState(2025, at("2026-01-03T09:00:00+08:00")))).toBe(false);
    expect(isOverdue(deadlineState(2025, null, at("2026-01-03T09:00:00+08:00")))).toBe(false);
  });
});
