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
import { tableNumberSize } from "./number-fit";
import { gridSlots, type Slot } from "./grid-slots";
import { FONT, fontFor, mm, pt } from "./style";
import { TABLE_TEXT, TABLE_TEXT_KEEP, TABLE_TEXT_PT } from "./table-style";
import { verticalTextDirection } from "./vertical-text";

/** Rows of at least 6 mm (long labels grow them) keep table 三 within one 225 mm text block. */
const MIN_ROW_HEIGHT = mm(6);

const CELL_MARGIN = mm(1);
/** Numbers stand centred: 0.4 mm each side leaves 7 digits room, with slack, in a 10.6 mm column. */
const NUMBER_MARGIN = mm(0.4);

/**
 * Header rows and the first rows of the body start a table together; the rest
 * runs on to the next page under the repeated header rows. Keeping a whole table
 * on one page would leave most of the page before it empty.
 */
const FIRST_ROWS_KEPT = 2;

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

const cellText = (report: Report, cell: GridCell & { type: "input" }) => formatCellValue(getCell(report, cell.ref), cell.kind);

/** The number size of a table: 五号 if its widest number fits, smaller if not, the same for every number. */
function numberSize(report: Report, slotRows: Slot[][], widths: number[]): number {
  const numbers = slotRows.flatMap((slots) =>
    slots.flatMap((slot) =>
      slot.cell.type === "input"
        ? [{ text: cellText(report, slot.cell), availableTwips: spanWidth(widths, slot) - 2 * NUMBER_MARGIN }]
        : [],
    ),
  );
  return tableNumberSize(numbers, TABLE_TEXT_PT);
}

const spanWidth = (widths: number[], slot: Slot) =>
  widths.slice(slot.column, slot.column + slot.cell.colSpan).reduce((s, w) => s + w, 0);

function cellParagraph(grid: Grid, report: Report, slot: Slot, sizePt: number, keepWithNext: boolean): Paragraph {
  const { cell } = slot;
  const children =
    slot.merge === "continue"
      ? []
      : cell.type === "input"
        ? [run(cellText(report, cell), sizePt === TABLE_TEXT_PT ? {} : { sizePt })]
        : labelRuns(cell);
  return new Paragraph({
    style: keepWithNext ? TABLE_TEXT_KEEP : TABLE_TEXT,
    ...(leftAligned(grid, cell) ? { alignment: AlignmentType.LEFT } : {}),
    children,
  });
}

function wordCell(grid: Grid, report: Report, slot: Slot, widths: number[], sizePt: number, keepWithNext: boolean): TableCell {
  const { cell } = slot;
  const width = spanWidth(widths, slot);
  const vertical = cell.type === "text" && cell.vertical;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.type === "input" ? { margins: { left: NUMBER_MARGIN, right: NUMBER_MARGIN } } : {}),
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(slot.merge
      ? { verticalMerge: slot.merge === "restart" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
      : {}),
    ...(vertical ? { textDirection: verticalTextDirection } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    children: [cellParagraph(grid, report, slot, sizePt, keepWithNext)],
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

/**
 * The data columns of a table (every body row has a number of its own there) share
 * their width equally, as in the printed template: unequal columns of 11/11/10 mm
 * would give equal numbers unequal room. The rounding remainder goes to the widest
 * label column, so the table keeps its width.
 */
export function equalDataColumns(grid: Grid, slotRows: Slot[][], widths: number[]): number[] {
  const body = slotRows.slice(grid.headerRows);
  if (grid.headerRows === 0 || body.length === 0) return widths;
  const isData = widths.map((_, c) =>
    body.every((slots) => slots.some((s) => s.column === c && s.cell.type === "input" && s.cell.colSpan === 1)),
  );
  const data = widths.filter((_, c) => isData[c]);
  if (data.length < 2) return widths;
  const total = data.reduce((s, w) => s + w, 0);
  const each = Math.floor(total / data.length);
  const out = widths.map((w, c) => (isData[c] ? each : w));
  const widestLabel = out.reduce((best, w, c) => (!isData[c] && (best < 0 || w > out[best]) ? c : best), -1);
  // A table of numbers only (四) already has the template's equal widths, within a twip of rounding.
  if (widestLabel < 0) return widths;
  out[widestLabel] += total - each * data.length;
  return out;
}

/** A row keeps with the next: the header rows and the first rows of the body, and a caption or header row inside. */
function keepsWithNext(grid: Grid, slots: Slot[], r: number, rowCount: number): boolean {
  if (r === rowCount - 1) return false;
  return r < grid.headerRows + FIRST_ROWS_KEPT - 1 || slots.every((s) => s.cell.type === "text");
}

export function renderTable(grid: Grid, report: Report): Table {
  const slotRows = gridSlots(grid);
  const widths = equalDataColumns(grid, slotRows, twipWidths(grid.widths));
  const sizePt = numberSize(report, slotRows, widths);
  const rows = slotRows.map(
    (slots, r) =>
      new TableRow({
        // A row never breaks across pages; the header rows repeat on every page the table runs onto.
        cantSplit: true,
        ...(r < grid.headerRows ? { tableHeader: true } : {}),
        height: { value: MIN_ROW_HEIGHT, rule: HeightRule.ATLEAST },
        children: slots.map((slot) => wordCell(grid, report, slot, widths, sizePt, keepsWithNext(grid, slots, r, slotRows.length))),
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
