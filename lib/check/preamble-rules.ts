/**
 * The preamble (前言) describes this report (W7, completeness of what it states):
 * W7.organ      it names the organ of the report; a preamble copied from another organ's report does not;
 * W7.structure  it describes the current six-part structure, not the old nine-part one (概述……附表);
 * W7.period     it states the statistical year (a different year elsewhere in it is W7.year).
 * An empty preamble gives none of these (the wizard drafts it from 基本信息).
 */
import { statisticalPeriod } from "../report/preamble";
import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { quoteOf, reportTexts } from "./report-texts";

const FIELD = "text.preamble";
/** Region prefixes of an organ's name: 威海市环翠区温泉镇 → 温泉镇, 示例区自然资源局 → 自然资源局. */
const REGION_PREFIX = /^.{1,8}?(?:省|自治区|市|自治州|盟|地区|区|县|旗)/;
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|办事处)$/;
const KIND_SUFFIX = /(?:镇|乡|街道)$/;
/** The old (pre-2019) nine-part outline: 概述、主动公开……、附表 or “九个部分”. */
const OLD_STRUCTURE = /概述[^。]*附表|九个?部分/;
const STATISTICS = /统计/;
const SENTENCE = /[。！？!?\n]/;
const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/g;

/** The names that count as naming the organ: its name without 人民政府 and without its region. */
export function organNames(name: string): string[] {
  const full = name.trim().replace(GOVERNMENT_SUFFIX, "");
  const names = new Set<string>([name.trim(), full]);
  let core = full;
  for (let m = REGION_PREFIX.exec(core); m && core.length - m[0].length >= 3; m = REGION_PREFIX.exec(core)) {
    core = core.slice(m[0].length);
    names.add(core);
  }
  const bare = core.replace(KIND_SUFFIX, "");
  if (bare.length >= 2 && bare !== core) names.add(bare);
  return [...names].filter((n) => n.length >= 2);
}

export function checkPreamble(report: Report, out: Finding[]): void {
  const text = report.text.preamble?.trim() ?? "";
  if (!text) return;
  const template = getTemplate(report.format);
  const label = reportTexts(report.format)[0]?.label ?? FIELD;
  const names = organNames(report.organ.name);
  if (names.length && !names.some((n) => text.includes(n))) {
    out.push({
      rule: "W7.organ",
      severity: "warning",
      field: FIELD,
      message: `${label}：没有提到本机关（${report.organ.name}）；是否沿用了其他机关的前言？请写明本机关的名称。`,
    });
  }
  const old = OLD_STRUCTURE.exec(text);
  if (old) {
    const parts = template.sections.map((s) => s.heading.replace(/^[一二三四五六七八九十]+、/, ""));
    out.push({
      rule: "W7.structure",
      severity: "warning",
      field: FIELD,
      message: `${label}：${quoteOf(old[0])}是旧格式的结构；现行格式（${template.notice}）的报告由${parts.join("，")}${parts.length === 6 ? "六" : parts.length}部分组成。`,
    });
  }
  const period = statisticalPeriod(report);
  const from = Number(period.from.slice(0, 4)) || report.year;
  const to = Number(period.to.slice(0, 4)) || report.year;
  const years = (s: string) => [...s.matchAll(YEAR)].map((m) => Number(m[1]));
  const inPeriod = (y: number) => y >= from && y <= to;
  const statistical = text.split(SENTENCE).filter((s) => STATISTICS.test(s) && years(s).length > 0);
  const stated = statistical.length ? statistical.some((s) => years(s).some(inPeriod)) : years(text).some(inPeriod);
  if (!stated) {
    out.push({
      rule: "W7.period",
      severity: "warning",
      field: FIELD,
      message: `${label}：没有写明本报告的统计年度（${report.year}年）；通常写“本报告中所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止”。`,
    });
  }
}
