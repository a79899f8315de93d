/** R6: the report uses the format its year requires (国办公开办函〔2019〕60号 for 2019–2020, 〔2021〕30号 from 2021). */
import type { Finding, Report } from "../report/types";
import { formatForYear, getTemplate, TEMPLATES } from "../template";

const FIRST = TEMPLATES.reduce((a, b) => (a.years.from <= b.years.from ? a : b));

export function checkFormat(report: Report, out: Finding[]): void {
  const expected = formatForYear(report.year);
  if (expected === report.format) return;
  const own = TEMPLATES.find((t) => t.format === report.format);
  const used = own ? `${own.format}年格式（${own.notice}）` : `格式 ${JSON.stringify(report.format)}`;
  const message = expected
    ? `${report.year}年度的报告应使用${expected}年格式（${getTemplate(expected).notice}），本报告用的是${used}。`
    : `${report.year}年度没有适用的全国格式：最早的${FIRST.format}年格式（${FIRST.notice}）自${FIRST.years.from}年度起使用。`;
  out.push({ rule: "R6", severity: "error", field: "format", message });
}
