/**
 * 《条例》第四十九条: a department hands in and publishes last year's annual report by 31 January.
 * Days are counted in China Standard Time so a clerk's "today" is the calendar day in Beijing.
 */
export function deadlineFor(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 31));
}

const DAY = 86_400_000;

/** The calendar day in Beijing of an instant, as UTC midnight of that date. */
function beijingDay(at: Date): number {
  const shifted = new Date(at.getTime() + 8 * 3_600_000);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

/** Whole days from today (Beijing) to the deadline: 0 on the day itself, negative once it has passed. */
export function daysLeft(year: number, now: Date = new Date()): number {
  return Math.round((deadlineFor(year).getTime() - beijingDay(now)) / DAY);
}

/** "还剩 N 天", "今天截止", "已逾期 N 天": the time left to today, for a report not yet handed in. */
export function deadlineText(year: number, now: Date = new Date()): string {
  const d = daysLeft(year, now);
  if (d > 0) return `还剩 ${d} 天`;
  if (d === 0) return "今天截止";
  return `已逾期 ${-d} 天`;
}

/**
 * Where a unit stands against its report's deadline:
 * handed in (on time, or N days late — fixed once it is in, whatever today is);
 * not handed in: days left, due today, N days overdue in the current round, or,
 * for a year whose next round has also closed, simply that it missed the deadline.
 */
export type DeadlineState =
  | { kind: "onTime" }
  | { kind: "late"; days: number }
  | { kind: "left"; days: number }
  | { kind: "today" }
  | { kind: "overdue"; days: number }
  | { kind: "missed" };

/**
 * `submittedAt`: when the report was first handed in for review (null if never).
 * A return does not undo that the unit handed it in; the first submission counts.
 */
export function deadlineState(year: number, submittedAt: Date | null, now: Date = new Date()): DeadlineState {
  if (submittedAt) {
    const late = Math.round((beijingDay(submittedAt) - deadlineFor(year).getTime()) / DAY);
    return late > 0 ? { kind: "late", days: late } : { kind: "onTime" };
  }
  const d = daysLeft(year, now);
  if (d > 0) return { kind: "left", days: d };
  if (d === 0) return { kind: "today" };
  // A past year: once the following year's deadline has gone by too, a running count says nothing.
  if (daysLeft(year + 1, now) < 0) return { kind: "missed" };
  return { kind: "overdue", days: -d };
}

export function deadlineStateText(s: DeadlineState): string {
  switch (s.kind) {
    case "onTime":
      return "按时提交";
    case "late":
      return `逾期 ${s.days} 天提交`;
    case "left":
      return `还剩 ${s.days} 天`;
    case "today":
      return "今天截止";
    case "overdue":
      return `未提交（已逾期 ${s.days} 天）`;
    case "missed":
      return "截止时未提交";
  }
}

/** Whether the state needs the supervisor's attention (shown in red). */
export function isOverdue(s: DeadlineState): boolean {
  return s.kind === "late" || s.kind === "overdue" || s.kind === "missed";
}
