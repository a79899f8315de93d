/**
 * Year over year: two reports of one unit side by side, for the clerk and the supervisor.
 * Tables: the cells whose number differs from the other year (only cells the clerk fills —
 * a computed total changes whenever a cell it adds up does, and is not counted again), and
 * the cross-year breaks the checker finds (W1 二、上年结转 against last year's 四、结转下年度继续办理,
 * W2 现行有效件数 against last year's), with the earlier year's cells they compare with. Texts:
 * compare-texts.ts, with W6 on 五. The cross-year rules hold only between adjacent years;
 * for years further apart the view still compares, without them. Pure.
 */
import { checkCarriedOver, checkInForce, isLastYear } from "../check/cross-year";
import { checkSameness } from "../check/text-rules";
import { getTemplate, proactiveField, proactiveRow, requestRowId, type CellRef } from "../template";
import { inputCells, tableGrid } from "../template/layout";
import { cellKey, getCell } from "./cells";
import { compareText, type TextComparison } from "./compare-texts";
import { textFields, type CellChange } from "./diff";
import type { Cell, Finding, Report } from "./types";

/** A cell that differs between the two years (the review diff's cell change, without its kind). */
export type CellDelta = Omit<CellChange, "kind">;

/** A W1 or W2 finding on the later report, with the earlier report's cells it compares with. */
export interface YearBreak {
  finding: Finding;
  /** cellKey of the later report's cell the break is at. */
  at: string;
  /** cellKeys (in the earlier report's template) of last year's side of the rule. */
  earlierCells: string[];
  /** What the cell should read by the rule (last year's 结转; last year's stock ＋ issued − repealed). */
  expected: number | null;
}

export interface YearComparison {
  earlierYear: number;
  laterYear: number;
  /** The later year is the year after the earlier one: W1, W2 and W6 apply. */
  adjacent: boolean;
  sameFormat: boolean;
  /** The earlier report's value of every cell both templates have, by the later template's cellKey. */
  earlierValues: Record<string, Cell>;
  /** Cells the clerk fills whose number differs, in the template's order. */
  changes: CellDelta[];
  breaks: YearBreak[];
  texts: TextComparison[];
}

/** A blank and a 0 say the same about a year (nothing); only a different number is a change. */
const same = (a: Cell, b: Cell) => (a ?? 0) === (b ?? 0);

/** The earlier report's side of a W1/W2 finding, and the number the rule expects at the finding's cell. */
function otherSide(f: Finding, later: Report, earlier: Report): { earlierCells: string[]; expected: number | null } {
  const lt = getTemplate(later.format);
  const et = getTemplate(earlier.format);
  if (f.rule === "W1" && f.column !== undefined) {
    const ref: CellRef = { table: "requests", row: requestRowId(et, "carriedForward"), column: Number(f.column) };
    return { earlierCells: [cellKey(ref)], expected: getCell(earlier, ref) };
  }
  for (const role of ["regulations", "normativeDocuments"] as const) {
    if (f.rule !== "W2" || proactiveRow(lt, role).row.key !== f.row) continue;
    const before = proactiveRow(et, role);
    const ref: CellRef = { table: "proactive", row: before.row.key, column: proactiveField(et, before.block, "inForce").key };
    const here = proactiveRow(lt, role);
    const at = (r: "issued" | "repealed") => getCell(later, { table: "proactive", row: here.row.key, column: proactiveField(lt, here.block, r).key }) ?? 0;
    const last = getCell(earlier, ref);
    return { earlierCells: [cellKey(ref)], expected: last === null ? null : last + at("issued") - at("repealed") };
  }
  return { earlierCells: [], expected: null };
}

function crossYearBreaks(earlier: Report, later: Report): YearBreak[] {
  if (!isLastYear(later, earlier)) return [];
  const found: Finding[] = [];
  checkCarriedOver(later, earlier, found);
  checkInForce(later, earlier, found);
  return found.map((finding) => ({
    finding,
    at: cellKey({ table: finding.table!, row: finding.row!, column: finding.column! } as CellRef),
    ...otherSide(finding, later, earlier),
  }));
}

function texts(earlier: Report, later: Report): TextComparison[] {
  const w6: Finding[] = [];
  if (isLastYear(later, earlier)) checkSameness(later, earlier, w6);
  return textFields(later)
    .filter((f) => f.field.startsWith("text."))
    .map((f) => {
      const c = compareText(f.field, f.label, f.get(earlier), f.get(later));
      const warning = w6.find((w) => w.field === f.field)?.message;
      return warning ? { ...c, warning } : c;
    });
}

/** `a` and `b` in either order: the earlier year is compared to the later one. */
export function compareYears(a: Report, b: Report): YearComparison {
  const [earlier, later] = a.year <= b.year ? [a, b] : [b, a];
  const lt = getTemplate(later.format);
  const et = getTemplate(earlier.format);
  const earlierKeys = new Set(inputCells(et).map((c) => cellKey(c.ref)));
  const titles = new Map((["proactive", "requests", "appeals"] as const).map((id) => [id, tableGrid(lt, id).title]));
  const earlierValues: Record<string, Cell> = {};
  const changes: CellDelta[] = [];
  for (const c of inputCells(lt)) {
    const key = cellKey(c.ref);
    if (!earlierKeys.has(key)) continue;
    const before = getCell(earlier, c.ref);
    const after = getCell(later, c.ref);
    earlierValues[key] = before;
    if (c.derived || same(before, after)) continue;
    changes.push({ ref: c.ref, key, table: titles.get(c.ref.table) ?? "", label: c.name, before, after });
  }
  return {
    earlierYear: earlier.year,
    laterYear: later.year,
    adjacent: isLastYear(later, earlier),
    sameFormat: earlier.format === later.format,
    earlierValues,
    changes,
    breaks: crossYearBreaks(earlier, later),
    texts: texts(earlier, later),
  };
}
