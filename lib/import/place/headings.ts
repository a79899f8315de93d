/**
 * Finding the template's headings in a published report: 一、… 六、 and the five
 * sub-heads of 一 (（一）主动公开 …). Real reports number them "一、", "一.",
 * "一)", write them longer (五、政府信息公开工作存在的主要问题及改进情况) or run the
 * text on after the heading; the words are compared with the template's.
 */
import { core, norm, similarity } from "./normalize";

export interface HeadingMatch {
  /** Text run on after the heading on the same line, if any. */
  rest: string;
}

const TOP = /^([一二三四五六七八九十]+)\s*[、.．,，)）:：\s]\s*/;
const SUB = /^(?:[（(]\s*([一二三四五六七八九十]+)\s*[)）]|([一二三四五六七八九十]+)\s*[)）])\s*[、.．]?\s*/;

/** The heading's words in a line's first phrase, allowing a longer or shorter wording (…工作情况, 政府信息管理 / 信息管理情况). */
function sameWords(phrase: string, words: string): boolean {
  const n = core(phrase);
  const w = core(words);
  if (!n || !w) return false;
  if (n.length > w.length + 16) return false;
  const shortN = n.replace(/(工作)?(的)?情况$/, "");
  const shortW = w.replace(/(工作)?(的)?情况$/, "");
  if (n.slice(0, w.length + 14).includes(w)) return true;
  if (shortN.length >= 2 && (shortW.includes(shortN) || shortN.includes(shortW))) return true;
  return similarity(shortN, shortW) >= 0.6;
}

function matchWords(text: string, words: string): HeadingMatch | null {
  const t = text.trim();
  const phrase = t.split(/[。；;：:！？]/)[0];
  if (!sameWords(phrase, words)) return null;
  // A run-in heading keeps its words: they begin the sentence ("主动公开情况。围绕…").
  return { rest: phrase.length < t.length ? t : "" };
}

/** `text` is the top-level heading numbered `number` with the words of `heading` (its own number dropped). */
export function matchSectionHeading(text: string, number: string, heading: string): HeadingMatch | null {
  const t = text.trim();
  const m = TOP.exec(t);
  if (!m || m[1] !== number) return null;
  return matchWords(t.slice(m[0].length), heading.replace(TOP, ""));
}

/**
 * `text` is a sub-head （n） with the words of one of `headings`: its index, by
 * the words (real reports order and number the five parts their own way).
 */
export function matchSubHeading(text: string, headings: string[]): (HeadingMatch & { index: number }) | null {
  const t = text.trim();
  const m = SUB.exec(t);
  if (!m) return null;
  const words = t.slice(m[0].length);
  for (let index = 0; index < headings.length; index++) {
    const hit = matchWords(words, headings[index].replace(SUB, ""));
    if (hit) return { ...hit, index };
  }
  return null;
}

/** The number of a heading as the template writes it (一 of 一、总体情况, 三 of （三）政府信息管理). */
export function headingNumber(heading: string): string {
  return (TOP.exec(heading)?.[1] ?? SUB.exec(heading)?.[1] ?? SUB.exec(heading)?.[2] ?? "").trim();
}

export { norm };
