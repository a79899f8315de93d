/**
 * A table of the report as printed: the same layout as the input grid
 * (tableGrid), read-only, in 五号 text with numbers centred.
 */
import { GridTextCell } from "@/components/report-grid/grid-text-cell";
import { cellKey, getCell } from "@/lib/report/cells";
import type { CellRef, TableId, Template } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";
import type { CellStatus } from "@/components/report-grid/finding-marks";

const MARK: Record<CellStatus, string> = {
  none: "",
  error: "bg-red-100 outline outline-2 -outline-offset-2 outline-red-600",
  warning: "bg-amber-100 outline outline-2 -outline-offset-2 outline-dashed outline-amber-500",
  relatedError: "bg-red-50",
  relatedWarning: "bg-amber-50",
};

export function PreviewTable({
  template,
  table,
  report,
  marks,
  notes,
  onCellClick,
}: {
  template: Template;
  table: TableId;
  report: Parameters<typeof getCell>[0];
  marks: Map<string, { status: CellStatus; message: string }>;
  notes: Map<string, string>;
  onCellClick?: (ref: CellRef) => void;
}) {
  const grid = tableGrid(template, table);
  const total = grid.widths.reduce((a, b) => a + b, 0);
  return (
    <table className="my-3 w-full table-fixed border-collapse border border-black font-serif text-[10.5pt] leading-tight [&_td]:border [&_td]:border-black [&_th]:border [&_th]:border-black">
      <caption className="sr-only">{grid.title}</caption>
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
              const value = getCell(report, cell.ref);
              const mark = marks.get(key);
              const note = notes.get(key);
              const title = [mark?.message, note && `批注：${note}`].filter(Boolean).join("\n") || undefined;
              return (
                <td
                  key={key}
                  colSpan={cell.colSpan}
                  data-cell={key}
                  title={title}
                  className={`relative px-1 py-1 text-center tabular-nums ${MARK[mark?.status ?? "none"]}`}
                >
                  {onCellClick ? (
                    <button type="button" aria-label={`${cell.name}：${value ?? "空白"}`} className="w-full hover:underline" onClick={() => onCellClick(cell.ref)}>
                      {value ?? ""}
                    </button>
                  ) : (
                    (value ?? "")
                  )}
                  {note && (
                    <span aria-hidden="true" className="absolute right-0 top-0 h-0 w-0 border-l-[7px] border-t-[7px] border-l-transparent border-t-violet-600" />
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
