/**
 * A text cell of the printed table (caption, header, row label, the 3×3 note),
 * shared by the input grid and the document preview so both read like the
 * template: 楷体 where the template sets a note in 楷体, the narrow
 * 三、本年度办理结果 cell one character per line.
 */
import type { GridText } from "@/lib/template/layout";

export function LabelText({ cell }: { cell: Pick<GridText, "text" | "kai"> }) {
  if (!cell.kai) return <>{cell.text}</>;
  const at = cell.text.indexOf(cell.kai);
  if (at < 0) return <>{cell.text}</>;
  return (
    <>
      {cell.text.slice(0, at)}
      <span className="font-kai">{cell.kai}</span>
      {cell.text.slice(at + cell.kai.length)}
    </>
  );
}

const ALIGN: Record<GridText["role"], string> = {
  caption: "text-center font-bold",
  header: "text-center font-normal",
  label: "text-left font-normal",
  note: "text-left font-normal",
};

export function GridTextCell({ cell, className = "" }: { cell: GridText; className?: string }) {
  const content = cell.vertical ? (
    <span className="mx-auto block w-[1.2em] break-all text-center leading-snug">{cell.text}</span>
  ) : (
    <LabelText cell={cell} />
  );
  const common = { colSpan: cell.colSpan, rowSpan: cell.rowSpan, className: `${ALIGN[cell.role]} ${className}` };
  if (cell.role === "note") return <td {...common}>{content}</td>;
  const scope =
    cell.role === "label"
      ? cell.rowSpan > 1
        ? "rowgroup"
        : "row"
      : cell.role === "caption"
        ? "rowgroup"
        : cell.colSpan > 1 && cell.rowSpan === 1
          ? "colgroup"
          : "col";
  return (
    <th scope={scope} {...common}>
      {content}
    </th>
  );
}
