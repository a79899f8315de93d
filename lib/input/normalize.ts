/**
 * What a clerk types or pastes into a table cell, made a number. Clerks keep their
 * numbers in Excel/WPS and type with Chinese IMEs, so full-width digits and signs,
 * thousands separators and stray spaces are accepted; anything else is refused with
 * a Chinese message and the report keeps its old value.
 * Kinds (lib/template CellKind): count ≥ 0 whole; signedCount whole (2019 本年增/减);
 * money 万元 ≥ 0 with at most 4 decimals (R5, docs/rules.md).
 */
import type { Cell } from "../report/types";
import type { CellKind } from "../template";

export type NormalizeResult = { ok: true; value: Cell } | { ok: false; message: string };

export const MESSAGES = {
  notNumber: "请输入数字，如 12",
  wholeOnly: "本格只能填整数",
  noNegative: "本格不能为负数",
  moneyDecimals: "金额最多保留 4 位小数",
  slash: "空白或“/”请填 0",
  tooLarge: "数字过大，请核对",
} as const;

const MONEY_DECIMALS = 4;

/** Full-width (FF01–FF5E) to ASCII, and the minus/dash look-alikes IMEs and Word produce. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    // A Chinese IME in Chinese mode types 。 for the full stop key.
    .replace(/[\u3002\uFF61]/g, ".");
}

const SPACES = /[\s\u00A0\u2000-\u200B\u3000\uFEFF]/g;

/** 1,234 · 1，234 · 1 234 · 1234 · .5 with an optional sign and fraction. */
const NUMBER = /^([+-]?)(\d{1,3}(?:[, ]\d{3})+|\d*)(?:\.(\d*))?$/;

/** Text for a cell as the grid shows it. */
export function formatCell(value: Cell): string {
  return value === null ? "" : String(value);
}

export function normalizeCellInput(raw: string, kind: CellKind): NormalizeResult {
  // Inner spaces matter only as thousands separators: squeeze runs to one first.
  const text = toHalfWidth(raw).replace(SPACES, " ").trim().replace(/ +/g, " ");
  if (text === "") return { ok: true, value: null };
  // "/" and dashes are how paper tables say "none"; the published table must show 0 (R5).
  if (/^[/\\]+$/.test(text) || (text === "-" && kind !== "signedCount") || /^[—-]{2,}$/.test(text) || text === "—") {
    return { ok: false, message: MESSAGES.slash };
  }
  const m = NUMBER.exec(text);
  if (!m || !/\d/.test(text)) return { ok: false, message: MESSAGES.notNumber };
  const [, sign, intPart, fracRaw = ""] = m;
  // Excel copies what a cell displays: "12.00" from a 2-decimal format is the whole number 12.
  const frac = fracRaw.replace(/0+$/, "");
  const negative = sign === "-" && (/[1-9]/.test(intPart) || frac !== "");
  if (negative && kind !== "signedCount") return { ok: false, message: MESSAGES.noNegative };
  if (frac !== "" && kind !== "money") return { ok: false, message: MESSAGES.wholeOnly };
  if (frac.length > MONEY_DECIMALS) return { ok: false, message: MESSAGES.moneyDecimals };
  const digits = intPart.replace(/[, ]/g, "");
  const value = Number(`${negative ? "-" : ""}${digits}${frac ? `.${frac}` : ""}`);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER / 10_000) {
    return { ok: false, message: MESSAGES.tooLarge };
  }
  return { ok: true, value };
}
