/**
 * Comparing a published label with the template's: the same words survive
 * full-width/half-width forms, spaces inside cells, other brackets and
 * numbering styles, the template's filling instructions left in brackets,
 * and a typo or two (edit distance).
 */

/** Labels repeat across tokens and templates: each is normalised once (bounded, so a long batch does not grow it forever). */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 20000) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** NFKC (（一）→(一), full-width digits), no whitespace, one kind of quote and dash. */
export const norm = memo((text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[“”„‟"＂]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[〔［【]/g, "[")
    .replace(/[〕］】]/g, "]")
    .replace(/[—–―‐‑－]/g, "-")
    .replace(/[、，,]/g, "、")
    .replace(/^(\d+)[、.．]/, "$1."),
);

/** The leading number of a label: "一、" "(三)" "1." "一)" (normalised). */
const NUMBER = /^(?:\(([一二三四五六七八九十]+)\)|([一二三四五六七八九十]+)[、.)]|(\d+)[.)、])/;

export function labelNumber(normalized: string): string | undefined {
  const m = NUMBER.exec(normalized);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export function withoutNumber(normalized: string): string {
  return normalized.replace(NUMBER, "");
}

/** Bracketed parts (the template's notes and filling instructions). */
export function withoutBrackets(normalized: string): string {
  let s = normalized;
  for (let i = 0; i < 3; i++) s = s.replace(/\([^()]*\)|\[[^[\]]*\]|《[^《》]*》(?=$)/g, "");
  return s.replace(/[()]/g, "");
}

/** The words of a label: no number, no brackets, no punctuation. */
export const core = memo((text: string): string => withoutBrackets(withoutNumber(norm(text))).replace(/[、。.:;；：!?"'·]/g, ""));

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  if (!x.length) return y.length;
  if (!y.length) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** 1 for the same words, 0 for nothing alike. */
export function similarity(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const n = Math.max(la, lb);
  if (n === 0) return 1;
  // The length difference alone bounds the score; below one half no caller needs it exactly.
  const bound = 1 - Math.abs(la - lb) / n;
  if (bound < 0.5) return bound;
  return 1 - editDistance(a, b) / n;
}

/**
 * How well a published label matches a template label, 0…1, on their words:
 * the same words score 1; the template's words followed by an instruction the
 * template does not bracket score high; a typo costs its share of the length.
 */
export function labelScore(published: string, template: string): number {
  const p = core(published);
  const t = core(template);
  if (!p || !t) return 0;
  if (p === t) return 1;
  let s = similarity(p, t);
  if (t.length >= 2 && p.startsWith(t)) s = Math.max(s, 0.9);
  if (p.length >= 4 && t.endsWith(p)) s = Math.max(s, 0.85);
  const pn = labelNumber(norm(published));
  const tn = labelNumber(norm(template));
  if (pn && tn && pn !== tn) s -= 0.3;
  return s;
}
