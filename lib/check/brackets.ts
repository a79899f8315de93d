/**
 * W7.brackets: an unbalanced （） or 《》 in any text — a title or a note cut off
 * when pasting (《中华人民共和国政府信息公开条例 …, （以下简称《条例》 …). Half-width
 * ( ) count with （）. A closing bracket that numbers a list item (1）, 二）) is not one.
 */
import type { Finding, Report } from "../report/types";
import { quoteOf, reportTexts } from "./report-texts";

/** 1）2） or 一）二） at the start of a line or after punctuation: a list number, not a bracket. */
const LIST_DIGIT = /[0-9０-９一二三四五六七八九十]/;
const LIST_LEAD = /[\s。；;，,：:、]/;

function isListNumber(text: string, close: number): boolean {
  let i = close - 1;
  let digits = 0;
  while (i >= 0 && digits < 3 && LIST_DIGIT.test(text[i])) {
    i--;
    digits++;
  }
  return digits >= 1 && digits <= 2 && (i < 0 || LIST_LEAD.test(text[i]));
}

export interface Unbalanced {
  pair: "（）" | "《》";
  /** Index in the text of the bracket left open, or of the closing bracket without an opening one. */
  at: number;
}

const MAY_HAVE_BRACKETS = /[（()）《》]/;

/** The first unbalanced bracket of each pair in a text, in one pass. */
export function unbalancedBrackets(text: string): Unbalanced[] {
  const out: Unbalanced[] = [];
  if (!MAY_HAVE_BRACKETS.test(text)) return out;
  const round: number[] = [];
  const title: number[] = [];
  let roundStray = -1;
  let titleStray = -1;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0xff08: // （
      case 0x28: // (
        round.push(i);
        break;
      case 0xff09: // ）
      case 0x29: // )
        if (round.length) round.pop();
        else if (roundStray < 0 && !isListNumber(text, i)) roundStray = i;
        break;
      case 0x300a: // 《
        title.push(i);
        break;
      case 0x300b: // 》
        if (title.length) title.pop();
        else if (titleStray < 0) titleStray = i;
        break;
    }
  }
  if (roundStray >= 0) out.push({ pair: "（）", at: roundStray });
  else if (round.length) out.push({ pair: "（）", at: round[0] });
  if (titleStray >= 0) out.push({ pair: "《》", at: titleStray });
  else if (title.length) out.push({ pair: "《》", at: title[0] });
  return out;
}

export function checkBrackets(report: Report, out: Finding[]): void {
  for (const t of reportTexts(report.format)) {
    const text = t.get(report);
    if (!text) continue;
    for (const u of unbalancedBrackets(text)) {
      const around = text.slice(Math.max(0, u.at - 10), u.at + 20).replace(/\s+/g, " ");
      out.push({
        rule: "W7.brackets",
        severity: "warning",
        field: t.field,
        message: `${t.label}：括号${u.pair}不成对（${quoteOf(around)}）；是否粘贴时漏了一半？`,
      });
    }
  }
}
