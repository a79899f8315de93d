/**
 * The lines of the title. GB/T 9704 §7.3.3 sets a title that does not fit one
 * line so that each line keeps its words whole (词意完整) and the lines stand
 * symmetrically (梯形或菱形): never "…政府信 / 息公开…", never a stub such as
 * "年度报告" alone. 二号 (22 pt) fits 20 characters in the 156 mm text block.
 */
import { textWidthInChars } from "./signature";

/** Characters of 二号 in a 156 mm line (156 mm / 22 pt ≈ 20.1). */
export const TITLE_LINE_CHARS = 20;

/** The words after the organ's name, with the cost of a break after each (the last needs none). */
const suffixWords = (year: number): [string, number][] => [
  [`${year}年`, 2],
  ["政府信息公开", 3],
  // "工作 / 年度报告" leaves a stub line.
  ["工作", 8],
  ["年度报告", 0],
];

/** After these an organ's name may break: the end of a place or of an office (示例区 / 东湖镇 / 人民政府). */
const PLACE_END = /[省市区县旗盟州镇乡]/;
/** …unless the character begins a word that runs on (市场监督管理局, 区直机关, 县委). */
const RUNS_ON = /[场政容级委直属民辖]/;
const OFFICE_ENDS = ["街道办事处", "街道", "委员会", "办公室", "人民政府"];
const ORGAN_BREAK = 4;
/** A break inside a word: only when nothing else fits. */
const ANY_BREAK = 30;

function organBreaks(organ: string): Map<number, number> {
  const out = new Map<number, number>();
  const chars = [...organ];
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    if (next !== undefined && PLACE_END.test(c) && !RUNS_ON.test(next)) out.set(i + 1, ORGAN_BREAK);
  });
  const joined = chars.join("");
  for (const end of OFFICE_ENDS) {
    for (let at = joined.indexOf(end); at >= 0; at = joined.indexOf(end, at + 1)) {
      const before = [...joined.slice(0, at)].length;
      if (end === "人民政府" && before > 0) out.set(before, ORGAN_BREAK);
      const after = before + [...end].length;
      if (after < chars.length) out.set(after, ORGAN_BREAK);
    }
  }
  return out;
}

interface Candidate {
  lines: string[];
  cost: number;
}

/** Every split of `chars` at the given breaks into lines of at most `max` characters. */
function splits(chars: string[], breaks: Map<number, number>, max: number, lines: number): Candidate[] {
  const positions = [...breaks.keys()].sort((a, b) => a - b);
  const out: Candidate[] = [];
  const walk = (from: number, left: number, acc: string[], cost: number) => {
    const rest = chars.slice(from).join("");
    if (left === 1) {
      if (textWidthInChars(rest) <= max) out.push({ lines: [...acc, rest], cost });
      return;
    }
    for (const p of positions) {
      if (p <= from) continue;
      const line = chars.slice(from, p).join("");
      if (textWidthInChars(line) > max) break;
      walk(p, left - 1, [...acc, line], cost + breaks.get(p)!);
    }
  };
  walk(0, lines, [], 0);
  return out;
}

function score(c: Candidate): number {
  const widths = c.lines.map(textWidthInChars);
  const imbalance = Math.max(...widths) - Math.min(...widths);
  // 正梯形 (shorter above) reads better than 倒梯形; 菱形 (a longer middle line) is fine.
  const topHeavy = widths.length > 1 && widths[0] > widths[widths.length - 1] ? 1 : 0;
  return c.cost + imbalance + topHeavy;
}

/** The title 〈机关名称〉〈年份〉年政府信息公开工作年度报告 as the lines it is printed in. */
export function titleLines(organ: string, year: number, max = TITLE_LINE_CHARS): string[] {
  const words = suffixWords(year);
  const organChars = [...organ];
  const chars = [...organChars, ...words.flatMap(([w]) => [...w])];
  const whole = chars.join("");
  if (textWidthInChars(whole) <= max) return [whole];

  const good = organBreaks(organ);
  if (organChars.length > 0) good.set(organChars.length, 0);
  let at = organChars.length;
  for (const [word, cost] of words.slice(0, -1)) {
    at += [...word].length;
    good.set(at, cost);
  }
  const any = new Map<number, number>();
  for (let i = 1; i < chars.length; i++) any.set(i, good.get(i) ?? ANY_BREAK);

  const best = (found: Candidate[]) => found.reduce((b, c) => (score(c) < score(b) ? c : b)).lines;
  // More lines at word boundaries rather than a word broken; a word broken only when no such split fits.
  for (let lines = 2; lines <= 6; lines++) {
    const found = splits(chars, good, max, lines);
    if (found.length > 0) return best(found);
  }
  for (let lines = 2; lines <= 4; lines++) {
    const found = splits(chars, any, max, lines);
    if (found.length > 0) return best(found);
  }
  return fallback(chars, max);
}

/** Lines of `max` characters: for a name so long that no split above terminates quickly. */
function fallback(chars: string[], max: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const c of chars) {
    if (textWidthInChars(line + c) > max) {
      out.push(line);
      line = "";
    }
    line += c;
  }
  return [...out, line];
}
