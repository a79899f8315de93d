/**
 * How much one request may carry and how often a user may send one. A report
 * with every text at the form's maximum is a few hundred KB of JSON; anything far
 * beyond is not a report and would only hold up the server for everyone.
 */
const MB = 1024 * 1024;

/** An autosave (PUT /api/reports/<id>) body. */
export const MAX_SAVE_BYTES = 2 * MB;
/** A server action's body, also next.config's serverActions.bodySizeLimit: past it Next.js answers before our code runs. */
export const MAX_ACTION_BYTES = 2 * MB;
/** A REPORT-JSON file to import; the import form refuses a larger one before sending it. */
export const MAX_IMPORT_BYTES = 1 * MB;
/** Nesting of a saved report's JSON: the report is a handful of levels deep. */
export const MAX_JSON_DEPTH = 16;

/** Autosaves per user per minute: one a second while typing, in two tabs. */
export const SAVES_PER_MINUTE = 120;
/** Server actions (submit, comment, create, import, admin) per user per minute. */
export const ACTIONS_PER_MINUTE = 60;

export const TOO_LARGE_MESSAGE = "提交的内容过大（超过 2 MB），未保存。请检查是否粘贴了大段无关内容。";
export const IMPORT_TOO_LARGE_MESSAGE = "文件太大（超过 1 MB），不是年报通导出的 JSON 报告。";
export const TOO_DEEP_MESSAGE = "保存内容的结构不是年度报告（嵌套层次过多），未保存。";
export const TOO_FREQUENT_MESSAGE = "操作过于频繁，请稍等一分钟再试。";

/** Whether a parsed JSON value nests deeper than `max` (iterative: a 5,000-level value must not overflow the stack). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
