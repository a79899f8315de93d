/**
 * How alike two texts are: the Dice coefficient of their character bigrams
 * (multisets), after dropping whitespace and punctuation and folding every run
 * of digits to one mark (so "2021年" and "2022年" do not count as a change).
 * 1 for identical texts, 0 for texts with no bigram in common.
 */

const DIGIT_MARK = 0x30;

/** Whitespace, ASCII punctuation and symbols, general punctuation (“”…—), CJK and full-width punctuation. */
function skipped(c: number): boolean {
  return (
    c <= 0x2f ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0xbf) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

/** The significant UTF-16 code units of a text (CJK is in the BMP; a surrogate pair counts as two, consistently). */
function codes(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  let n = 0;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (!inDigits) out[n++] = DIGIT_MARK;
      inDigits = true;
      continue;
    }
    inDigits = false;
    if (!skipped(c)) out[n++] = c;
  }
  return out.subarray(0, n);
}

/** The bigrams as sorted numbers (a·65536 + b), for a merge count. */
function bigrams(cs: Uint16Array): Float64Array {
  const out = new Float64Array(Math.max(0, cs.length - 1));
  for (let i = 0; i + 1 < cs.length; i++) out[i] = cs[i] * 65536 + cs[i + 1];
  return out.sort();
}

/** Characters that count (for a minimum length before comparing). */
export function significantLength(text: string): number {
  return codes(text).length;
}

/** A text's bigrams, ready for many comparisons (year over year compares every sentence with every other). */
export interface BigramProfile {
  codes: Uint16Array;
  bigrams: Float64Array;
}

export function bigramProfile(text: string): BigramProfile {
  const cs = codes(text);
  return { codes: cs, bigrams: bigrams(cs) };
}

export function profileDice(a: BigramProfile, b: BigramProfile): number {
  const ba = a.bigrams;
  const bb = b.bigrams;
  if (ba.length + bb.length === 0) return a.codes.length === b.codes.length && a.codes.every((c, i) => c === b.codes[i]) ? 1 : 0;
  let common = 0;
  for (let i = 0, j = 0; i < ba.length && j < bb.length; ) {
    if (ba[i] === bb[j]) {
      common++;
      i++;
      j++;
    } else if (ba[i] < bb[j]) i++;
    else j++;
  }
  return (2 * common) / (ba.length + bb.length);
}

export function bigramDice(a: string, b: string): number {
  return profileDice(bigramProfile(a), bigramProfile(b));
}
