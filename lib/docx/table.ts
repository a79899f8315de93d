/**
 * One table of the template as a Word table, from the same layout the forms
 * render (lib/template/layout.ts): every label, merge and width comes from there.
 */
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import { getCell } from "../report/cells";
import type { Report } from "../report/types";
import type { Grid, GridCell, GridText } from "../template/layout";
import { formatCellValue } from "./cell-value";
import { fittingSize } from "./number-fit";
import { gridSlots, type Slot } from "./grid-slots";
import { FONT, fontFor, mm, pt } from "./style";
import { TABLE_TEXT, TABLE_TEXT_KEEP, TABLE_TEXT_PT } from "./table-style";
import { verticalTextDirection } from "./vertical-text";

/** Rows of at least 6 mm (long labels grow them) keep table 三 within one 225 mm text block. */
const MIN_ROW_HEIGHT = mm(6);

const CELL_MARGIN = mm(1);

/** A run in the table style's font and size unless told otherwise. */
const run = (text: string, options: { eastAsia?: string; sizePt?: number } = {}) =>
  options.eastAsia === undefined && options.sizePt === undefined
    ? new TextRun(text)
    : new TextRun({
        text,
        ...(options.eastAsia ? { font: fontFor(options.eastAsia) } : {}),
        ...(options.sizePt ? { size: pt(options.sizePt) } : {}),
      });

/** A label's runs, its `kai` part (the template's notes) in 楷体. */
function labelRuns(cell: GridText): TextRun[] {
  const at = cell.kai ? cell.text.indexOf(cell.kai) : -1;
  if (!cell.kai || at < 0) return [run(cell.text)];
  const parts: TextRun[] = [];
  if (at > 0) parts.push(run(cell.text.slice(0, at)));
  parts.push(run(cell.kai, { eastAsia: FONT.kai }));
  const rest = cell.text.slice(at + cell.kai.length);
  if (rest) parts.push(run(rest));
  return parts;
}

/** Row labels of table 三 read as a list; table 二's item names, headers and numbers sit centred as in the template. */
function leftAligned(grid: Grid, cell: GridCell): boolean {
  return cell.type === "text" && cell.role === "label" && grid.table !== "proactive" && cell.rowSpan === 1;
}

/** A number on one line: 五号 if it fits the cell, smaller if not. */
function numberRun(text: string, cellWidth: number): TextRun {
  const size = fittingSize(text, cellWidth - 2 * CELL_MARGIN, TABLE_TEXT_PT);
  return run(text, size === TABLE_TEXT_PT ? {} : { sizePt: size });
}

/**
 * keepWithNext on every row but the last keeps a table on one page when it fits:
 * a table that starts at the foot of a page and runs on would leave its
 * 三、本年度办理结果 label on one page and its rows on the next.
 */
function cellParagraph(grid: Grid, report: Report, slot: Slot, width: number, keepWithNext: boolean): Paragraph {
  const { cell } = slot;
  const children =
    slot.merge === "continue"
      ? []
      : cell.type === "input"
        ? [numberRun(formatCellValue(getCell(report, cell.ref), cell.kind), width)]
        : labelRuns(cell);
  return new Paragraph({
    style: keepWithNext ? TABLE_TEXT_KEEP : TABLE_TEXT,
    ...(leftAligned(grid, cell) ? { alignment: AlignmentType.LEFT } : {}),
    children,
  });
}

function wordCell(grid: Grid, report: Report, slot: Slot, widths: number[], keepWithNext: boolean): TableCell {
  const { cell, column } = slot;
  const width = widths.slice(column, column + cell.colSpan).reduce((s, w) => s + w, 0);
  const vertical = cell.type === "text" && cell.vertical;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(slot.merge
      ? { verticalMerge: slot.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
      : {}),
    ...(vertical ? { textDirection: verticalTextDirection } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    children: [cellParagraph(grid, report, slot, width, keepWithNext)],
  });
}

/** Grid column widths in twips, summing exactly to the text width the mm add up to. */
function twipWidths(widthsMm: number[]): number[] {
  const out: number[] = [];
  let done = 0;
  let sum = 0;
  for (const w of widthsMm) {
    sum += w;
    out.push(mm(sum) - done);
    done = mm(sum);
  }
  return out;
}

export function renderTable(grid: Grid, report: Report): Table {
  const widths = twipWidths(grid.widths);
  const slotRows = gridSlots(grid);
  const rows = slotRows.map(
    (slots, r) =>
      new TableRow({
        // A row never breaks across pages; the header rows repeat on every page the table runs onto.
        cantSplit: true,
        ...(r < grid.headerRows ? { tableHeader: true } : {}),
        height: { value: MIN_ROW_HEIGHT, rule: HeightRule.ATLEAST },
        children: slots.map((slot) => wordCell(grid, report, slot, widths, r < slotRows.length - 1)),
      }),
  );
  return new Table({
    rows,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
  });
}
