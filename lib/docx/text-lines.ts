/**
 * The clerk's plain text as lines, and which lines are headings. REPORT-JSON
 * texts are plain ("\n" between paragraphs), often pasted from Word or copied
 * from last year's report.
 */

const HEADING_NUMBER = /^(（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)/;

/** Paragraphs of a text, trimmed, without blank lines. Text pasted from Word carries manual line breaks as \v. */
export function textLines(text: string | undefined): string[] {
  return (
    (text ?? "")
      .split(/\r\n|[\n\r\v\u2028\u2029]/)
      // The clerk's own indents ("　　") go: the style indents every paragraph by two characters.
      .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
      .filter((line) => line.length > 0)
  );
}

/** A short line without sentence punctuation: a heading, not a run-in heading followed by its text. */
const headingLike = (line: string) => line.length <= 40 && !/[。；：:;！？]/.test(line);

/**
 * A line of the clerk's text that is a second-level heading of its own
 * (（一）人大代表建议和政协提案办理结果公开情况): GB/T 9704 sets it in 楷体. A run-in
 * heading followed by its text (（一）…情况：本年度…。) stays body text.
 */
export function isOwnSubHeading(line: string): boolean {
  return /^（[一二三四五六七八九十]{1,3}）/.test(line) && headingLike(line);
}

/**
 * The text without a first line that repeats the heading printed above it: a
 * clerk who copies last year's report often pastes "（一）主动公开…" or
 * "五、存在的主要问题…" with the text, and the heading would then appear twice.
 * Only a line that is itself a heading with the same number (（一）, 五、) goes.
 */
export function withoutRepeatedHeading(text: string | undefined, heading: string): string {
  const number = HEADING_NUMBER.exec(heading)?.[1];
  if (!text || !number) return text ?? "";
  const lines = textLines(text);
  const first = lines[0] ?? "";
  const repeats = first === heading || (first.startsWith(number) && headingLike(first));
  return repeats ? lines.slice(1).join("\n") : text;
}
