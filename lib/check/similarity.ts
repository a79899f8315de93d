/**
 * How alike two texts are: the Dice coefficient of their character bigrams
 * (multisets), after dropping whitespace and punctuation and folding every run
 * of digits to one mark (so "2021年" and "2022年" do not count as a change).
 * 1 for identical texts, 0 for texts with no bigram in common.
 */

const SKIP = /[\s\p{P}\p{S}]/u;

function codes(text: string): number[] {
  const out: number[] = [];
  let inDigits = false;
  for (const ch of text) {
    if (ch >= "0" && ch <= "9") {
      if (!inDigits) out.push(0x30);
      inDigits = true;
      continue;
    }
    inDigits = false;
    if (SKIP.test(ch)) continue;
    out.push(ch.codePointAt(0)!);
  }
  return out;
}

function bigrams(cs: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < cs.length; i++) {
    const k = cs[i] * 0x110000 + cs[i + 1];
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Characters that count (for a minimum length before comparing). */
export function significantLength(text: string): number {
  return codes(text).length;
}

export function bigramDice(a: string, b: string): number {
  const ca = codes(a);
  const cb = codes(b);
  const na = Math.max(0, ca.length - 1);
  const nb = Math.max(0, cb.length - 1);
  if (na + nb === 0) return ca.length === cb.length && ca.every((c, i) => c === cb[i]) ? 1 : 0;
  const ma = bigrams(ca);
  let common = 0;
  for (let i = 0; i + 1 < cb.length; i++) {
    const k = cb[i] * 0x110000 + cb[i + 1];
    const n = ma.get(k);
    if (n) {
      common++;
      ma.set(k, n - 1);
    }
  }
  return (2 * common) / (na + nb);
}
