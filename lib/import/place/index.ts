/**
 * SourceDocument → REPORT-JSON and notes, driven by lib/template: the title
 * gives the organ and the year, the template's section headings cut the text,
 * the tables' labels place every cell. Whatever was not found stays blank
 * (null) with a note; nothing is computed (a 总计 is taken as published).
 */
import { emptyReport } from "../../report/empty";
import { parseReport } from "../../report/schema";
import type { Report } from "../../report/types";
import { formatForYear, getTemplate, reportTitle, type FormatId, type Section, type Template } from "../../template";
import type { SourceDocument } from "../document";
import type { ImportNote } from "../notes";
import { formatByLayout } from "./format";
import { headingNumber, matchSectionHeading, matchSubHeading } from "./headings";
import { organKindFromName } from "./organ-kind";
import { placeAppeals, placeProactive, placeRequests } from "./tables";
import { tokensOf, type Token } from "./tokens";

export interface Placed {
  report: Report;
  notes: ImportNote[];
}

/** 〈机关名称〉〈年份〉年政府信息公开工作年度报告 without organ and year: what every title ends with. */
const TITLE_TAIL = reportTitle("", 0).slice(1);
const TITLE_KEY = TITLE_TAIL.slice(-4);
const TITLE_TOPIC = TITLE_TAIL.slice(1, 7);
/** 条例 第五十条: every report opens by naming the 条例 it is made under. */
const PREAMBLE_ANCHOR = /^根据《中华人民共和国政府信息公开条例》|^根据《条例》|^依据《中华人民共和国政府信息公开条例》/;
const DATE = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
const ORGAN_ENDING = /(政府|局|办|办公室|委员会|委|办事处|街道|中心|院|厅|署|所|会|站|处)$/;
/** A portal page's lines about the page (发布时间, 来源, 字号, 打印 …), not the report's. */
const PAGE_CHROME = /^(【|发布时间|发布日期|来源|信息来源|浏览次数|点击|字体|字号|分享|打印|索引号|发文日期|文号|访问量|作者)/;
const UNKNOWN_ORGAN = "（未识别的机关）";

const plain = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digits = "〇一二三四五六七八九";
  if (s.length === 4) return Number([...s].map((c) => (c === "零" ? 0 : digits.indexOf(c))).join(""));
  if (s === "十") return 10;
  const [tens, ones] = s.split("十");
  if (s.includes("十")) return (tens ? digits.indexOf(tens) : 1) * 10 + (ones ? digits.indexOf(ones) : 0);
  return digits.indexOf(s);
}

function isoDate(text: string): string | undefined {
  const m = DATE.exec(plain(text));
  if (!m) return undefined;
  const [y, mo, d] = [chineseNumber(m[1]), chineseNumber(m[2]), chineseNumber(m[3])];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

interface Title {
  at: number;
  end: number;
  organ?: string;
  year?: number;
}

function findTitle(tokens: Token[], before: number): Title | undefined {
  const limit = Math.min(before, 80);
  // A title on one line wins over one wrapped over two or three (a breadcrumb above the title must not join it).
  for (const n of [1, 2, 3]) {
    for (let i = 0; i < limit; i++) {
      if (tokens[i].inTable) continue;
      const parts = tokens.slice(i, i + n);
      if (parts.length < n || parts.some((p) => p.inTable)) continue;
      const text = plain(parts.map((p) => p.text).join(""));
      if (text.length > 90 || /[。；]/.test(text)) continue;
      if (!text.includes(TITLE_KEY) || !text.includes(TITLE_TOPIC)) continue;
      return { at: i, end: i + n, ...titleParts(text) };
    }
  }
  return undefined;
}

/** Organ and year of a title: 〈机关〉〈年〉年…, also 〈年〉年度〈机关〉… and 〈机关〉…工作〈年〉年度报告. */
function titleParts(title: string): { organ?: string; year?: number } {
  const text = plain(title);
  if (!text.includes(TITLE_KEY) || !text.includes(TITLE_TOPIC)) return {};
  const m = /(\d{4})\s*年度?/.exec(text);
  let organ = m ? text.slice(0, m.index) : text.slice(0, text.indexOf(TITLE_TOPIC));
  if (!organ && m) organ = text.slice(m.index + m[0].length, text.indexOf(TITLE_TOPIC));
  organ = organ.replace(/关于$/, "").replace(new RegExp(`${TITLE_TOPIC}工作$`), "").replace(new RegExp(`${TITLE_TOPIC}.*$`), "").trim();
  return { organ: organ || undefined, year: m ? Number(m[1]) : undefined };
}

/** Start of each section's heading in the token stream, in the template's order; -1 when not found. */
function findSections(template: Template, tokens: Token[], from: number): Array<{ section: Section; at: number; rest: string }> {
  const out: Array<{ section: Section; at: number; rest: string }> = [];
  let cursor = from;
  for (const section of template.sections) {
    const number = headingNumber(section.heading);
    let found = -1;
    let rest = "";
    for (let i = cursor; i < tokens.length; i++) {
      if (tokens[i].inTable) continue;
      const m = matchSectionHeading(tokens[i].text, number, section.heading);
      if (m) {
        found = i;
        rest = m.rest;
        break;
      }
    }
    out.push({ section, at: found, rest });
    if (found >= 0) cursor = found + 1;
  }
  return out;
}

const joinText = (tokens: Token[]) =>
  tokens
    .filter((t) => !t.inTable)
    .map((t) => t.text)
    .join("\n");

export function placeDocument(doc: SourceDocument): Placed {
  const notes: ImportNote[] = doc.notes.map((n) => ({ kind: "reader", message: n.message, ...(n.page ? { page: n.page } : {}) }));
  const tokens = tokensOf(doc);

  // Sections are found with the 2021 headings first (the headings are the same in every format), then re-read once the format is known.
  const probe = findSections(getTemplate("2021"), tokens, 0);
  const firstHeading = probe.find((s) => s.at >= 0)?.at ?? tokens.length;
  const found0 = findTitle(tokens, firstHeading);
  // A portal page may carry the title only in its <title> (often with the site's name after it).
  const fromPage = !found0 && doc.hints?.title ? titleParts(doc.hints.title.split(/[-_|—–]/)[0]) : undefined;
  const title: Title | undefined = found0 ?? (fromPage?.organ || fromPage?.year ? { at: -1, end: -1, ...fromPage } : undefined);
  const anchor = tokens.findIndex((t, i) => i < firstHeading && !t.inTable && PREAMBLE_ANCHOR.test(plain(t.text)));
  // Between a portal page's title and the 条例 sentence sit its 发布时间/来源/字号 lines: the preamble starts at the sentence.
  const start = anchor >= 0 && (!found0 || anchor >= found0.end) ? anchor : found0 ? found0.end : firstHeading;

  const layout = formatByLayout(tokens.slice(start));
  const textYear = /(\d{4})\s*年/.exec(tokens.slice(start, firstHeading).map((t) => t.text).join(""))?.[1];
  const year = title?.year ?? doc.hints?.year ?? (textYear ? Number(textYear) : undefined);
  const format: FormatId = layout ?? (year ? formatForYear(year) : undefined) ?? "2021";
  const template = getTemplate(format);
  const byYear = year ? formatForYear(year) : undefined;
  if (layout && byYear && byYear !== layout) {
    notes.push({
      kind: "layout",
      section: "format",
      message: `表格用的是${getTemplate(layout).notice}的格式（${layout}年格式），而 ${year} 年度的报告应使用${getTemplate(byYear).notice}的格式；已按发布稿的表格读取（R6 会指出这一点）。`,
    });
  }
  if (!layout) {
    notes.push({ kind: "unsure", section: "format", message: `发布稿中没有可辨认的表格，按年度采用 ${format} 年格式。` });
  }

  const sections = findSections(template, tokens, start);
  const report = blankReport(format, year ?? new Date().getFullYear(), title?.organ ?? UNKNOWN_ORGAN);
  if (doc.hints?.sourceUrl) report.meta.publishUrl = doc.hints.sourceUrl;
  if (!year) notes.push({ kind: "missing", section: "year", message: "没有找到报告的年度（标题和正文中都没有），暂按今年填写，请核对。" });
  if (!title) notes.push({ kind: "missing", section: "title", message: `没有找到标题“〈机关名称〉〈年份〉${TITLE_TAIL}”。` });

  const found = sections.filter((s) => s.at >= 0);
  const regionOf = (i: number): Token[] => {
    const s = sections[i];
    if (s.at < 0) return [];
    const next = found.find((f) => f.at > s.at)?.at ?? tokens.length;
    const region = tokens.slice(s.at + 1, next);
    return s.rest ? [{ text: s.rest, inTable: false }, ...region] : region;
  };
  for (const s of sections) {
    if (s.at < 0) notes.push({ kind: "missing", section: s.section.text ?? s.section.table ?? s.section.number, message: `没有找到“${s.section.heading}”一节${s.section.table ? "，表中单元格留空" : ""}。` });
  }

  // 前言: between the title and 一.
  const firstFound = found[0]?.at ?? tokens.length;
  report.text.preamble = joinText(tokens.slice(start, firstFound).filter((t) => !PAGE_CHROME.test(plain(t.text))));

  // The 落款 (organ and date) closes the last section; what follows is page chrome.
  const lastIndex = sections.length - 1;
  let lastRegion = regionOf(lastIndex);
  for (let k = lastRegion.length - 1; k >= 0; k--) {
    const t = lastRegion[k];
    if (t.inTable) continue;
    const iso = isoDate(t.text);
    if (!iso) continue;
    report.meta.signedOn = iso;
    const by = lastRegion[k - 1];
    let cut = k;
    if (by && !by.inTable && by.text.length <= 40 && !/[。，；：]/.test(by.text)) {
      report.meta.signedBy = plain(by.text);
      cut = k - 1;
    }
    lastRegion = lastRegion.slice(0, cut);
    break;
  }
  if (!report.meta.signedOn) {
    // A 落款 without a date: the organ's name alone on the last line.
    const last = lastRegion[lastRegion.length - 1];
    if (last && !last.inTable && last.text.length <= 40 && !/[。，；：！？]/.test(last.text) && ORGAN_ENDING.test(plain(last.text))) {
      report.meta.signedBy = plain(last.text);
      lastRegion = lastRegion.slice(0, -1);
    }
  }
  if (!report.meta.signedOn && sections[lastIndex].at >= 0) {
    notes.push({ kind: "missing", section: "signature", message: "没有找到落款日期。" });
  }
  if (report.organ.name === UNKNOWN_ORGAN) {
    // 现发布《〈机关〉2021年政府信息公开工作年度报告》: the title quoted in the preamble.
    const quoted = new RegExp(`《([^《》]{2,40}?)(\\d{4})年[^《》]*${TITLE_KEY}》`).exec(plain(report.text.preamble));
    if (quoted) report.organ.name = quoted[1];
  }
  if (report.organ.name === UNKNOWN_ORGAN && report.meta.signedBy) report.organ.name = report.meta.signedBy;
  if (report.organ.name === UNKNOWN_ORGAN) notes.push({ kind: "missing", section: "organ", message: "没有找到机关名称（标题和落款中都没有），请填写。" });
  report.organ.kind = organKindFromName(report.organ.name);

  sections.forEach((s, i) => {
    const region = i === lastIndex ? lastRegion : regionOf(i);
    const key = s.section.text;
    if (key === "overview") placeOverview(template, region, report, notes);
    else if (key) report.text[key] = joinText(region);
    const table = s.section.table;
    if (table) {
      const place = table === "proactive" ? placeProactive : table === "requests" ? placeRequests : placeAppeals;
      if (s.at >= 0) place(template, region, report.tables, notes);
    }
  });

  const parsed = parseReport(report);
  if (!parsed.ok) throw new Error(`导入结果不是有效的报告：${parsed.errors.join("；")}`);
  return { report: parsed.report, notes };
}

/** 一 split at its five sub-heads (found by their words, in any order); without them, all of it goes to the first part, with a note. */
function placeOverview(template: Template, region: Token[], report: Report, notes: ImportNote[]): void {
  const text = region.filter((t) => !t.inTable);
  const parts = template.overviewParts;
  const headings = parts.map((p) => p.heading);
  const bodies: string[][] = parts.map(() => []);
  const seen = new Set<number>();
  const intro: string[] = [];
  let current = -1;
  for (const tok of text) {
    const m = matchSubHeading(tok.text, headings);
    if (m && !seen.has(m.index)) {
      seen.add(m.index);
      current = m.index;
      if (m.rest) bodies[current].push(m.rest);
      continue;
    }
    (current < 0 ? intro : bodies[current]).push(tok.text);
  }
  if (!seen.size) {
    report.text.overview[parts[0].key] = intro.join("\n");
    if (intro.length) {
      notes.push({
        kind: "layout",
        section: "overview",
        message: `“一、总体情况”没有分成${headings.join("")}五部分，全文记入“${parts[0].heading}”，请按部分拆分。`,
      });
    }
    return;
  }
  report.text.overview.intro = intro.join("\n");
  parts.forEach((p, k) => {
    if (!seen.has(k)) notes.push({ kind: "missing", section: `overview.${p.key}`, message: `“一、总体情况”中没有找到“${p.heading}”部分。` });
    else report.text.overview[p.key] = bodies[k].join("\n");
  });
}

function blankReport(format: FormatId, year: number, organName: string): Report {
  const r = emptyReport({ year, organName, format });
  for (const row of Object.values(r.tables.proactive)) for (const k of Object.keys(row)) row[k] = null;
  for (const list of [...Object.values(r.tables.requests), ...Object.values(r.tables.appeals)]) list.fill(null);
  return r;
}
