/**
 * 《条例》第五十条: the annual report is published by 31 January of the next year.
 * Days are counted in China Standard Time so a clerk's "today" is the calendar day in Beijing.
 */
export function deadlineFor(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 31));
}

const DAY = 86_400_000;

function beijingDay(now: Date): number {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

/** Whole days from today (Beijing) to the deadline: 0 on the day itself, negative once it has passed. */
export function daysLeft(year: number, now: Date = new Date()): number {
  return Math.round((deadlineFor(year).getTime() - beijingDay(now)) / DAY);
}

/** "还剩 N 天", "今天截止", "已逾期 N 天". */
export function deadlineText(year: number, now: Date = new Date()): string {
  const d = daysLeft(year, now);
  if (d > 0) return `还剩 ${d} 天`;
  if (d === 0) return "今天截止";
  return `已逾期 ${-d} 天`;
}
