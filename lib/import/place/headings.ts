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

function matchWords(text: string, words: string): HeadingMatch | null {
  const n = core(text);
  const w = core(words);
  if (!n || !w) return null;
  const window = n.slice(0, w.length + 14);
  const sentence = /[。；;]/.test(text);
  if (!sentence && n.length <= w.length + 16 && (window.includes(w) || similarity(n, w) >= 0.6)) return { rest: "" };
  // A run-in heading: the heading's words, then its text.
  const plain = text.normalize("NFKC").replace(/\s+/g, "");
  const at = plain.indexOf(words.normalize("NFKC").replace(/\s+/g, ""));
  if (at >= 0 && at <= 4) {
    const rest = plain.slice(at + words.normalize("NFKC").replace(/\s+/g, "").length).replace(/^[:：。，,、\s]+/, "");
    return { rest };
  }
  return null;
}

/** `text` is the top-level heading numbered `number` with the words of `heading` (its own number dropped). */
export function matchSectionHeading(text: string, number: string, heading: string): HeadingMatch | null {
  const t = text.trim();
  const m = TOP.exec(t);
  if (!m || m[1] !== number) return null;
  return matchWords(t.slice(m[0].length), heading.replace(TOP, ""));
}

/** `text` is the sub-head （n） with the words of `heading`. */
export function matchSubHeading(text: string, number: string, heading: string): HeadingMatch | null {
  const t = text.trim();
  const m = SUB.exec(t);
  if (!m || (m[1] ?? m[2]) !== number) return null;
  return matchWords(t.slice(m[0].length), heading.replace(SUB, ""));
}

/** The number of a heading as the template writes it (一 of 一、总体情况, 三 of （三）政府信息管理). */
export function headingNumber(heading: string): string {
  return (TOP.exec(heading)?.[1] ?? SUB.exec(heading)?.[1] ?? SUB.exec(heading)?.[2] ?? "").trim();
}

export { norm };
