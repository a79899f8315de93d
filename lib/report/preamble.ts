/**
 * The preamble (前言) drafted from 基本信息, as real published reports write it: the legal basis (《条例》 and the format
 * notice), the six parts, the statistical period, where the electronic version
 * is published, and whom to contact. The clerk may edit it freely; an edited
 * preamble is never overwritten (`updatePreamble`).
 */
import { getTemplate, reportTitle } from "../template";
import { chineseDate } from "./chinese-date";
import type { Report } from "./types";


/** The statistical period; 条例 第四十九条: the calendar year unless 基本信息 says otherwise. */
export function statisticalPeriod(report: Report): { from: string; to: string } {
  return {
    from: report.meta.period?.from?.trim() || `${report.year}-01-01`,
    to: report.meta.period?.to?.trim() || `${report.year}-12-31`,
  };
}

/** A section heading without its numeral: "一、总体情况" → "总体情况". */
function partName(heading: string): string {
  return heading.replace(/^[一二三四五六七八九十]+、/, "");
}

function contactSentence(report: Report): string {
  const c = report.meta.contact ?? {};
  const office = c.office?.trim();
  const details = [
    c.address?.trim() && `地址：${c.address.trim()}`,
    c.postcode?.trim() && `邮编：${c.postcode.trim()}`,
    c.phone?.trim() && `电话：${c.phone.trim()}`,
    c.email?.trim() && `电子邮箱：${c.email.trim()}`,
  ].filter(Boolean);
  if (!office && details.length === 0) return "";
  const who = office ? (office.startsWith(report.organ.name) ? office : `${report.organ.name}${office}`) : report.organ.name;
  return `如对本报告有疑问，请与${who}联系${details.length ? `（${details.join("；")}）` : ""}。`;
}

/** The preamble for the report's 基本信息: two paragraphs separated by "\n". */
export function draftPreamble(report: Report): string {
  const t = getTemplate(report.format);
  const parts = t.sections.map((s) => partName(s.heading));
  const title = reportTitle(report.organ.name.trim(), report.year);
  const first =
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${t.notice}要求，现公布${title}。` +
    `本报告由${parts.join("，")}${numeral(parts.length)}部分组成。`;
  const period = statisticalPeriod(report);
  const url = report.meta.publishUrl?.trim();
  const second = [
    `本报告中所列数据的统计期限自${chineseDate(period.from)}起至${chineseDate(period.to)}止。`,
    url ? `本报告的电子版可在${url}下载。` : "",
    contactSentence(report),
  ].join("");
  return `${first}\n${second}`;
}

function numeral(n: number): string {
  return "零一二三四五六七八九十"[n] ?? String(n);
}

/**
 * The preamble after 基本信息 changed from `before` to `after`: redrafted while
 * the clerk has not touched it (empty or still the draft of `before`), kept as is
 * once edited.
 */
export function updatePreamble(before: Report, after: Report): string {
  const current = after.text.preamble;
  if (current.trim() === "" || current === draftPreamble(before)) return draftPreamble(after);
  return current;
}
