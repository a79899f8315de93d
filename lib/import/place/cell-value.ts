/**
 * A published table cell as a number. Blank stays blank (null: R5 must see it,
 * never an invented 0). What real reports print instead of a number gets the
 * reading the clerk meant and a note: "—", "/", "无" for none (0); a sign
 * ("+19"); units ("160.5964万元"; "73802895.90元" is 万元 ÷ 10000); thousands separators.
 */
import type { CellKind } from "../../template";

export interface CellReading {
  value: number | null;
  /** Why the value is not simply the printed number, in Chinese; absent when it is. */
  interpreted?: string;
  /** The cell holds something that is not a number. */
  unreadable?: boolean;
}

const NONE = /^(?:[-—–―‐‑－/／\\×xX]+|无|没有|空)$/;
const NUMBER = /^([+-]?)(\d+(?:\.\d+)?)(万元|元|件|个|项|条|次|宗|人次)?$/;

/** Whether the text can stand in a number cell (a number, a blank, a dash …). */
export function looksLikeValue(text: string): boolean {
  const t = compact(text);
  return t === "" || NONE.test(t) || NUMBER.test(t);
}

function compact(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/(\d)[,，](?=\d{3}(?:\D|$))/g, "$1")
    .replace(/[。.]$/, "");
}

export function readCell(text: string, kind: CellKind): CellReading {
  const raw = text.trim();
  const t = compact(text);
  if (t === "") return { value: null };
  if (NONE.test(t)) return { value: 0, interpreted: `“${raw}”读作 0` };
  const m = NUMBER.exec(t);
  if (!m) return { value: null, unreadable: true };
  const [, sign, digits, unit] = m;
  let value = Number(digits) * (sign === "-" ? -1 : 1);
  const why: string[] = [];
  if (sign === "+") why.push(`“${raw}”的正号已去掉`);
  if (unit === "元") {
    value = Number((value / 10000).toFixed(4));
    why.push(`“${raw}”按 1 万元 = 10000 元换算为 ${value} 万元${/\.\d{5,}/.test(String(Number(digits) / 10000)) ? "（保留四位小数）" : ""}`);
  } else if (unit) why.push(`“${raw}”去掉单位“${unit}”`);
  if (kind !== "money" && !Number.isInteger(value)) why.push(`件数“${raw}”不是整数`);
  if (t !== raw.replace(/\s+/g, "") && !unit && sign !== "+" && why.length === 0 && /[,，]/.test(raw)) why.push(`“${raw}”去掉千位分隔符`);
  return why.length ? { value, interpreted: why.join("；") } : { value };
}
