/**
 * One table of the later year's report in the template's grid, each cell with the later
 * year's number and, where the earlier year's differs, that number under it ("上年 3"): both
 * years in one grid, which stays readable at 1024 px where two grids side by side would not.
 * Cells the clerk changed are framed blue; a W1/W2 break is framed amber at its cell with the
 * rule and its message, and the earlier year's side of the rule is shaded amber.
 */
import { GridTextCell } from "@/components/report-grid/grid-text-cell";
import { cellKey, getCell } from "@/lib/report/cells";
import type { YearComparison } from "@/lib/report/compare";
import type { Cell, Report } from "@/lib/report/types";
import type { TableId, Template } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

/** Where a break's cell is, for links from the list of breaks. */
export const cellAnchorId = (key: string) => `cell-${key}`;

export interface BreakMarks {
  /** Later cell key → the breaks at it, with the number each rule expects there. */
  at: Map<string, { rule: string; message: string; expected: number | null }[]>;
  /** Later-grid key of an earlier cell a break compares with → the messages. */
  earlier: Map<string, string[]>;
}

export function breakMarks(comparison: YearComparison): BreakMarks {
  const at: BreakMarks["at"] = new Map();
  const earlier = new Map<string, string[]>();
  for (const b of comparison.breaks) {
    at.set(b.at, [...(at.get(b.at) ?? []), { rule: b.finding.rule, message: b.finding.message, expected: b.expected }]);
    for (const k of b.earlierCells) earlier.set(k, [...(earlier.get(k) ?? []), b.finding.message]);
  }
  return { at, earlier };
}

const show = (v: Cell | undefined) => (v === null || v === undefined ? "空" : String(v));

export function CompareTable(props: {
  template: Template;
  table: TableId;
  later: Report;
  comparison: YearComparison;
  changed: Set<string>;
  marks: BreakMarks;
}) {
  const { comparison: c, marks } = props;
  const grid = tableGrid(props.template, props.table);
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const earlierWord = c.adjacent ? "上年" : `${c.earlierYear}年`;
  return (
    <table className="w-full table-fixed border-collapse border border-slate-700 bg-white text-[13px] leading-tight [&_td]:border [&_td]:border-slate-700 [&_th]:border [&_th]:border-slate-700">
      <caption className="sr-only">
        {grid.title}（{c.laterYear}年，与{c.earlierYear}年对比）
      </caption>
      <colgroup>
        {grid.widths.map((w, i) => (
          <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => {
              if (cell.type === "text") {
                return <GridTextCell key={i} cell={cell} className={`px-1 py-1 ${cell.role === "header" ? "text-center" : ""}`} />;
              }
              const key = cellKey(cell.ref);
              const now = getCell(props.later, cell.ref);
              const comparable = key in c.earlierValues;
              const before = c.earlierValues[key];
              const breaks = marks.at.get(key) ?? [];
              const otherSide = marks.earlier.get(key);
              const differs = comparable && (before ?? 0) !== (now ?? 0);
              const changed = props.changed.has(key);
              const title = [
                comparable ? `${c.earlierYear}年 ${show(before)} → ${c.laterYear}年 ${show(now)}` : `${c.earlierYear}年报告没有这一格`,
                ...breaks.map((b) => b.message),
                ...(otherSide ?? []).map((m) => `（${c.earlierYear}年的这一格）${m}`),
              ].join("\n");
              return (
                <td
                  key={key}
                  id={cellAnchorId(key)}
                  colSpan={cell.colSpan}
                  data-cell={key}
                  data-changed={changed ? "" : undefined}
                  data-break={breaks.length ? breaks.map((b) => b.rule).join(" ") : undefined}
                  title={title}
                  className={`relative px-1 py-1 text-center tabular-nums ${changed ? "bg-sky-50 shadow-[inset_0_0_0_2px_#0369a1]" : ""} ${
                    breaks.length ? "outline outline-2 -outline-offset-4 outline-dashed outline-amber-600" : ""
                  }`}
                >
                  {breaks.length > 0 && (
                    <span className="absolute left-0 top-0 bg-amber-600 px-0.5 text-[10px] font-bold leading-none text-white">{breaks.map((b) => b.rule).join(" ")}</span>
                  )}
                  <span className="sr-only">{cell.name}：</span>
                  <span className={changed ? "font-semibold" : ""}>{now ?? ""}</span>
                  {breaks.map((b) =>
                    b.expected === null ? null : (
                      <span key={b.rule} data-expected className="mt-0.5 block bg-amber-100 text-[11px] font-semibold text-amber-950">
                        应为 {b.expected}
                      </span>
                    ),
                  )}
                  {(differs || otherSide) && breaks.length === 0 && (
                    <span data-before className={`mt-0.5 block text-[11px] ${otherSide ? "bg-amber-100 font-semibold text-amber-950" : "text-slate-600"}`}>
                      {earlierWord} {show(before)}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
