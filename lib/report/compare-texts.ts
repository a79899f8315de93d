/**
 * Year over year, the texts: one narrative field of two years' reports, sentence by
 * sentence. Each sentence of the later year is paired with the most alike sentence of the
 * earlier year (W6's measure, bigram Dice with digits folded, so a sentence that only
 * changed its year is still the same sentence); a pair alike enough is "copied" — what W6
 * warns about, highlighted on both sides — a looser pair is "edited" and carries the
 * character-level edits; the rest is new (later) or dropped (earlier). Pure.
 */
import { bigramProfile, profileDice, significantLength, type BigramProfile } from "../check/similarity";
import { diffText, type DiffSegment } from "./text-diff";

/** Alike from here on: copied unchanged but for the odd character (and the years). */
export const COPIED = 0.9;
/** Alike from here on: the same sentence, edited. Below it, two different sentences. */
const EDITED = 0.5;
/** Shorter sentences (“无。”, “特此报告。”) pair only when equal, and never count as copied. */
const MIN_COPIED_LENGTH = 8;

export type SentenceMark = "copied" | "edited" | "same" | "new" | "dropped";

export interface Sentence {
  text: string;
  mark: SentenceMark;
  /** copied and edited sentences of the later year: the edits from the earlier sentence. */
  segments?: DiffSegment[];
}

/** A side is paragraphs of sentences, as the texts are written. */
export type TextSide = Sentence[][];

export interface TextComparison {
  field: string;
  label: string;
  earlier: TextSide;
  later: TextSide;
  /** Bigram Dice of the two whole texts (W6's measure), 0–1. */
  similarity: number;
  /** Copied sentences of the later year, and their share of its significant characters (0–1). */
  copiedSentences: number;
  copiedShare: number;
  /** The checker's W6 message, for 五 when the years are adjacent and it fires. */
  warning?: string;
}

/** Sentences end at 。！？；!?; and at line ends; closing quotes and brackets stay with their sentence. */
const SENTENCE = /[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)》〕]*|$)/g;

export function splitParagraphs(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.match(SENTENCE) ?? []).filter((s) => s.trim() !== ""));
}

interface Slot {
  text: string;
  profile: BigramProfile;
  length: number;
  partner: number;
  score: number;
}

function slots(paragraphs: string[][]): Slot[] {
  return paragraphs.flat().map((text) => ({ text, profile: bigramProfile(text), length: significantLength(text), partner: -1, score: 0 }));
}

/** Pairs later sentences with earlier ones, the most alike pairs first, each sentence at most once. */
function pair(a: Slot[], b: Slot[]): void {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const short = a[i].length < MIN_COPIED_LENGTH || b[j].length < MIN_COPIED_LENGTH;
      if (short) {
        if (a[i].text.trim() === b[j].text.trim()) candidates.push({ i, j, score: 1 });
        continue;
      }
      const score = profileDice(a[i].profile, b[j].profile);
      if (score >= EDITED) candidates.push({ i, j, score });
    }
  }
  // Equal scores: the pair nearer in reading order wins (a repeated sentence pairs with its own place).
  const at = (i: number, n: number) => (n > 1 ? i / (n - 1) : 0);
  candidates.sort((x, y) => y.score - x.score || Math.abs(at(x.i, a.length) - at(x.j, b.length)) - Math.abs(at(y.i, a.length) - at(y.j, b.length)));
  for (const c of candidates) {
    if (a[c.i].partner >= 0 || b[c.j].partner >= 0) continue;
    a[c.i].partner = c.j;
    b[c.j].partner = c.i;
    a[c.i].score = b[c.j].score = c.score;
  }
}

function markOf(s: Slot, unpaired: SentenceMark): SentenceMark {
  if (s.partner < 0) return unpaired;
  if (s.length < MIN_COPIED_LENGTH) return "same";
  return s.score >= COPIED ? "copied" : "edited";
}

/** Puts the flat list of sentences back into the paragraphs they came from. */
function regroup(paragraphs: string[][], sentences: Sentence[]): TextSide {
  let k = 0;
  return paragraphs.map((p) => p.map(() => sentences[k++]));
}

export function compareText(field: string, label: string, earlierText: string, laterText: string): TextComparison {
  const ep = splitParagraphs(earlierText);
  const lp = splitParagraphs(laterText);
  const a = slots(ep);
  const b = slots(lp);
  pair(a, b);
  const earlier = a.map((s): Sentence => ({ text: s.text, mark: markOf(s, "dropped") }));
  const later = b.map((s): Sentence => {
    const mark = markOf(s, "new");
    return mark === "copied" || mark === "edited" ? { text: s.text, mark, segments: diffText(a[s.partner].text, s.text) } : { text: s.text, mark };
  });
  const total = b.reduce((n, s) => n + s.length, 0);
  const copied = b.filter((_, j) => later[j].mark === "copied");
  return {
    field,
    label,
    earlier: regroup(ep, earlier),
    later: regroup(lp, later),
    similarity: profileDice(bigramProfile(earlierText), bigramProfile(laterText)),
    copiedSentences: copied.length,
    copiedShare: total ? copied.reduce((n, s) => n + s.length, 0) / total : 0,
  };
}
