/**
 * A number must stay on one line in its cell: a 5-digit count in a 10 mm column
 * of table 三 would wrap at 五号. Times New Roman digits are ½ em wide, so the
 * size that fits is computable; numbers that fit keep 五号, others shrink (≥ 7 pt).
 * A table prints all its numbers in one size, that of its widest number.
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

/**
 * Share of a cell's line a number may fill: fonts that stand in for Times New Roman
 * (Liberation Serif, WPS's) and rounding in Word's layout must not make it wrap.
 */
export const NUMBER_SLACK = 0.9;

/** The one number size of a table: the size its widest number fits, with slack, in its cell. */
export function tableNumberSize(numbers: Iterable<{ text: string; availableTwips: number }>, maxPt: number, minPt = 7): number {
  let size = maxPt;
  for (const n of numbers) size = Math.min(size, fittingSize(n.text, n.availableTwips * NUMBER_SLACK, maxPt, minPt));
  return size;
}
