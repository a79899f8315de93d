/**
 * The 总计 of a row of table 三 or of a group of table 四, as the rules that read
 * a 总计 (W1, W3, W5) need it. Published and imported reports often leave 总计
 * blank on the detail rows; the row's own cells (自然人 … 其他, or 结果维持 … 尚未审结)
 * then say what the 总计 is. A blank stays an R5 finding of its own.
 */
import type { Report } from "../report/types";
import { TEMPLATES, type FormatId } from "../template";

export type MatrixTable = "requests" | "appeals";

export interface MatrixTotal {
  value: number;
  /** The 总计 cell is blank: `value` is the sum of the row's other cells. */
  fromParts: boolean;
}

interface TotalSpec {
  total: number;
  parts: number[];
}

function spec(columns: ReadonlyArray<{ derived?: boolean }>): TotalSpec {
  const total = columns.findIndex((c) => c.derived);
  return { total, parts: columns.map((_, i) => i).filter((i) => i !== total) };
}

const SPECS = new Map<FormatId, Record<MatrixTable, TotalSpec>>(
  TEMPLATES.map((t) => [t.format, { requests: spec(t.tables.requests.columns), appeals: spec(t.tables.appeals.columns) }]),
);

/** The index of the 总计 column of table 三 or 四. */
export function totalColumn(format: FormatId, table: MatrixTable): number {
  return SPECS.get(format)?.[table].total ?? -1;
}

/**
 * The 总计 of `row`, or its parts' sum when it is blank; undefined when the row is
 * missing or every cell of it is blank (nothing to compare with).
 */
export function matrixTotal(report: Report, table: MatrixTable, row: string): MatrixTotal | undefined {
  const s = SPECS.get(report.format)?.[table];
  const cells = (report.tables[table] as Record<string, Array<number | null> | undefined>)[row];
  if (!s || !cells) return undefined;
  const stated = cells[s.total];
  if (typeof stated === "number") return { value: stated, fromParts: false };
  let sum = 0;
  let any = false;
  for (const i of s.parts) {
    const v = cells[i];
    if (typeof v === "number") {
      sum += v;
      any = true;
    }
  }
  return any ? { value: sum, fromParts: true } : undefined;
}

/** For a message: what a 总计 computed from its parts was computed from. */
export function fromPartsNote(table: MatrixTable): string {
  return table === "requests" ? "（总计栏空白，按各类申请人之和计）" : "（总计栏空白，按各项结果之和计）";
}
