/**
 * REPORT-JSON text ⇄ report, for the CLI and file import/export. Pure: text in,
 * report or Chinese messages out. Accepts the byte-order mark Windows Notepad writes.
 */
import { parseReport } from "./schema";
import type { Report } from "./types";

/** `stage`: "json" when the text is not JSON at all, "report" when it is JSON but not a valid report. */
export type ReadResult = { ok: true; report: Report } | { ok: false; stage: "json" | "report"; errors: string[] };

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** "不是有效的 JSON（第 3 行第 5 列附近）" from JSON.parse's error, whichever V8 wording it has. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (text.trim() === "") return "文件是空的，不是 JSON。";
  if (/Unexpected end of JSON input|Unterminated string/.test(message) && !position) return "不是有效的 JSON：内容不完整（可能只复制了一部分）。";
  if (position) {
    const { line, column } = lineColumn(text, Number(position[1]));
    return `不是有效的 JSON（第 ${line} 行第 ${column} 列附近有错）。`;
  }
  return "不是有效的 JSON。";
}

/** Parses REPORT-JSON text: JSON syntax first, then the report schema (parseReport). */
export function parseReportJson(text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, stage: "json", errors: [describeJsonError(body, e)] };
  }
  const result = parseReport(json);
  return result.ok ? result : { ok: false, stage: "report", errors: result.errors };
}

/** A report as REPORT-JSON text (two-space indent, final newline). */
export function stringifyReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
