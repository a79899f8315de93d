/**
 * W7.tense: section 五 states the improvements made in the report year; a sentence
 * that opens with the report year and goes on as a plan ("2020年，我镇将继续加大工作力度"
 * in the 2020 report) is most often last year's plan with the year changed. A sentence
 * that also speaks of the next year (2021年, 下一步, 明年 …) or of something done (了, 已)
 * is not one.
 */
import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { quoteOf, reportTexts } from "./report-texts";

const SENTENCE = /[。！？!?；;\n]/;
/** 一是 / 1. / （一） / 二、 before the sentence proper. */
const LIST_LEAD = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、])\s*/;
const PLAN =
  /将(?:继续|进一步|持续|不断|加大|加强|着力|全面|积极|认真|切实|重点|努力|大力|深入|严格|坚持|更加|紧紧|围绕|按照|结合|推动|推进|完善|做好|抓好|强化|提升|建立|健全)|(?:计划|拟|准备|打算)(?:于|在|对|进一步|开展|继续)|力争|争取/;
const DONE_OR_LATER = /了|已|下一步|下一年|明年|今后|来年|新的一年|未来/;

export function planSentences(text: string, year: number): string[] {
  const opens = new RegExp(`^(?:在)?${year}\\s*年(?:度)?(?![0-9]|\\d*月)`);
  const next = new RegExp(`${year + 1}\\s*年`);
  const out: string[] = [];
  for (const raw of text.split(SENTENCE)) {
    let s = raw.trim();
    while (LIST_LEAD.test(s)) s = s.replace(LIST_LEAD, "");
    if (!opens.test(s) || !PLAN.test(s) || DONE_OR_LATER.test(s) || next.test(s)) continue;
    out.push(raw.trim());
  }
  return out;
}

export function checkTense(report: Report, out: Finding[]): void {
  const section = getTemplate(report.format).sections.find((s) => s.text === "problems");
  const t = reportTexts(report.format).find((x) => x.field === "text.problems");
  const text = t?.get(report);
  if (!section || !t || !text) return;
  for (const s of planSentences(text, report.year)) {
    out.push({
      rule: "W7.tense",
      severity: "warning",
      field: t.field,
      message: `${t.label}：${quoteOf(s, 60)}把${report.year}年的改进情况写成了计划；这里应写本年度已经采取的改进措施和成效，下一年的打算请写明“${report.year + 1}年”或“下一步”。`,
    });
  }
}
