import "server-only";
/**
 * Year over year for the acting user: the report asked for and another year of the same
 * unit (by default the year before), compared by lib/report/compare.ts. The report must be
 * one the user may see (access.ts) and compare (permissions.ts): the unit's clerk, or a
 * supervisor above the unit. Anything else is null, which the page answers with 404 as for
 * a report that does not exist.
 */
import { compareYears, type YearComparison } from "@/lib/report/compare";
import type { Report } from "@/lib/report/types";
import type { ActingUser } from "./acting-user";
import { visibleReportWhere } from "./access";
import { db } from "./db";
import { can } from "./permissions";
import { readableReportFor } from "./report-record";

export interface YearOption {
  id: string;
  year: number;
  status: string;
}

export interface ComparedReport extends YearOption {
  report: Report;
}

export interface ComparisonView {
  organizationName: string;
  /** The report the page was opened for. */
  reportId: string;
  year: number;
  /** Every year of the unit, oldest first (the page's year picker). */
  years: YearOption[];
  /** Where “返回” goes: the review page for a supervisor, the wizard for the clerk. */
  backHref: string;
  /** Set when there is something to compare with. */
  earlier?: ComparedReport;
  later?: ComparedReport;
  comparison?: YearComparison;
  /** Why there is nothing to compare, in Chinese. */
  message?: string;
}

/** The report to compare with: `wanted` is a year or a report id of the unit; by default the year before, else the nearest. */
export function pickOther(years: YearOption[], year: number, wanted: string | undefined): YearOption | string {
  const others = years.filter((y) => y.year !== year);
  if (wanted) {
    const byYear = /^\d{4}$/.test(wanted) ? others.find((y) => y.year === Number(wanted)) : others.find((y) => y.id === wanted);
    if (byYear) return byYear;
    return /^\d{4}$/.test(wanted) && Number(wanted) !== year ? `本单位没有 ${wanted} 年度报告，请从下面选择一个年度。` : "要对比的报告不是本单位的其他年度，请从下面选择一个年度。";
  }
  if (others.length === 0) return "本单位只有这一年的报告，还没有可以对比的年度。";
  const earlier = others.filter((y) => y.year < year);
  return earlier.length ? earlier[earlier.length - 1] : others[0];
}

export async function loadComparison(user: ActingUser, reportId: string, wanted?: string): Promise<ComparisonView | null> {
  const record = await readableReportFor(user, reportId, "view");
  if (!record || !can(user, "report.compare", record.row)) return null;
  const { row, report } = record;
  // The unit's years, through the same visibility filter (the unit is visible: its report is).
  const years = await db.report.findMany({
    where: { organizationId: row.organizationId, ...(await visibleReportWhere(user)) },
    select: { id: true, year: true, status: true },
    orderBy: { year: "asc" },
  });
  const view: ComparisonView = {
    organizationName: row.organization.name,
    reportId: row.id,
    year: row.year,
    years,
    backHref: can(user, "report.review") ? `/review/${row.id}` : `/reports/${row.id}`,
  };
  const other = pickOther(years, row.year, wanted);
  if (typeof other === "string") return { ...view, message: other };
  const otherRecord = await readableReportFor(user, other.id, "view");
  if (!otherRecord) return { ...view, message: "要对比的报告已不存在，请从下面选择一个年度。" };
  const self: ComparedReport = { id: row.id, year: row.year, status: row.status, report };
  const that: ComparedReport = { ...other, report: otherRecord.report };
  const [earlier, later] = self.year < that.year ? [self, that] : [that, self];
  return { ...view, earlier, later, comparison: compareYears(earlier.report, later.report) };
}
