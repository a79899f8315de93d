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

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Levenshtein distance over UTF-16 units (the labels are CJK of the BMP), two reused rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  if (rowA.length <= n) {
    rowA = new Uint16Array(n + 1);
    rowB = new Uint16Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n];
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
// Keyed by published label, then template label: no joined key string to build and hash on every call (the placer asks often).
const scores = new Map<string, Map<string, number>>();
let scoreCount = 0;

export function labelScore(published: string, template: string): number {
  let byTemplate = scores.get(published);
  if (!byTemplate) {
    if (scoreCount > 100000) {
      scores.clear();
      scoreCount = 0;
    }
    byTemplate = new Map();
    scores.set(published, byTemplate);
  }
  let v = byTemplate.get(template);
  if (v === undefined) {
    v = computeLabelScore(published, template);
    byTemplate.set(template, v);
    scoreCount++;
  }
  return v;
}

/** A label with a fragment of the cell beside it glued in front (本2.其他…, （五）不3.要求…): from its own number on. */
const INNER_NUMBER = /(?:\d+[.、．)]|[(（][一二三四五六七八九十]+[)）])(?!.*(?:\d+[.、．)]|[(（][一二三四五六七八九十]+[)）]))/;

function computeLabelScore(published: string, template: string): number {
  const whole = scoreOnce(published, template);
  const m = INNER_NUMBER.exec(norm(published));
  if (!m || m.index === 0) return whole;
  return Math.max(whole, scoreOnce(norm(published).slice(m.index), template) - 0.05);
}

function scoreOnce(published: string, template: string): number {
  const p = core(published);
  const t = core(template);
  if (!p || !t) return 0;
  if (p === t) return 1;
  let s = similarity(p, t);
  if (t.length >= 2 && p.startsWith(t)) s = Math.max(s, 0.9);
  if (p.length >= 4 && t.endsWith(p)) s = Math.max(s, 0.85);
  // A label wrapped over two lines: its first line.
  if (p.length >= Math.max(4, Math.min(8, t.length * 0.4)) && t.startsWith(p)) s = Math.max(s, 0.8);
  const pn = labelNumber(norm(published));
  const tn = labelNumber(norm(template));
  if (pn && tn && pn !== tn) s -= 0.3;
  return s;
}
