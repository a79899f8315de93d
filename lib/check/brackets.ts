/**
 * W7.brackets: an unbalanced （） or 《》 in any text — a title or a note cut off
 * when pasting (《中华人民共和国政府信息公开条例 …, （以下简称《条例》 …). Half-width
 * ( ) count with （）. A closing bracket that numbers a list item (1）, 二）) is not one.
 */
import type { Finding, Report } from "../report/types";
import { quoteOf, reportTexts } from "./report-texts";

const PAIRS: ReadonlyArray<{ open: string; close: string; name: string }> = [
  { open: "（(", close: "）)", name: "（）" },
  { open: "《", close: "》", name: "《》" },
];
/** 1）2） or 一）二） at the start of a line or after punctuation: a list number, not a bracket. */
const LIST_NUMBER = /(^|[\s。；;，,：:、])[0-9０-９一二三四五六七八九十]{1,2}[)）]/gm;

export interface Unbalanced {
  pair: string;
  /** Index in the text of the bracket left open, or of the closing bracket without an opening one. */
  at: number;
}

/** The first unbalanced bracket of each pair in a text. */
export function unbalancedBrackets(text: string): Unbalanced[] {
  const out: Unbalanced[] = [];
  if (!/[（()）《》]/.test(text)) return out;
  const body = text.replace(LIST_NUMBER, (m) => `${m.slice(0, -1)} `);
  for (const p of PAIRS) {
    const open: number[] = [];
    let stray = -1;
    for (let i = 0; i < body.length && stray < 0; i++) {
      const c = body[i];
      if (p.open.includes(c)) open.push(i);
      else if (p.close.includes(c)) {
        if (open.length) open.pop();
        else stray = i;
      }
    }
    if (stray >= 0) out.push({ pair: p.name, at: stray });
    else if (open.length) out.push({ pair: p.name, at: open[0] });
  }
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
