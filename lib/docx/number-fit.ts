/**
 * A number must stay on one line in its cell: a 5-digit count in a 10 mm column
 * of table 三 would wrap at 五号. Times New Roman digits are ½ em wide, so the
 * size that fits is computable; numbers that fit keep 五号, others shrink (≥ 7 pt).
 */
const EM: Record<string, number> = { ".": 0.25, "-": 0.333, ",": 0.25 };

/** Width of a number string in ems of Times New Roman. */
export function numberWidthEm(text: string): number {
  return [...text].reduce((w, c) => w + (EM[c] ?? 0.5), 0);
}

/** Font size in points for `text` in `availableTwips` of line, at most `maxPt`. */
export function fittingSize(text: string, availableTwips: number, maxPt: number, minPt = 7): number {
  const em = numberWidthEm(text);
  if (em === 0) return maxPt;
  const fit = Math.floor((availableTwips / 20 / em) * 2) / 2; // half-point steps, as Word stores sizes
  return Math.max(minPt, Math.min(maxPt, fit));
}
