/**
 * The web version of a report for the portal's 政府信息公开年报 column: clean,
 * semantic HTML (<h1>, <h2>, <h3>, <p>, <table> with the template's rowspan and
 * colspan, <th> for every label) that the portal's editor keeps when it is
 * pasted, with no class and no more inline style than a table needs to read as
 * one (borders, column widths, numbers centred), so the portal's own styles apply.
 */
import { formatCellValue } from "../docx/cell-value";
import { getCell } from "../report/cells";
import type { Report } from "../report/types";
import type { Grid, GridCell } from "../template/layout";
import { webBlocks, type WebBlock } from "./blocks";
import { PRINT_STYLE } from "./print-style";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Each cell draws its own rule: an editor's or portal's reset stylesheet (border: 0 on every
 * element) would otherwise drop the table's border="1" and leave the numbers floating.
 */
const CELL_BORDER = "border:1px solid #000";

const spans = (cell: GridCell) =>
  `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}`;

function cellHtml(report: Report, grid: Grid, cell: GridCell, inHeader: boolean): string {
  if (cell.type === "input") {
    return `<td${spans(cell)} style="${CELL_BORDER};text-align:center">${escapeHtml(formatCellValue(getCell(report, cell.ref), cell.kind))}</td>`;
  }
  // Row labels of table 三 read as a list, as in the printed template (and the .docx); table 二's item names are centred.
  const rowLabel = !inHeader && cell.role === "label" && cell.rowSpan === 1 && grid.table !== "proactive";
  const style = [
    CELL_BORDER,
    "font-weight:normal",
    ...(rowLabel ? ["text-align:left"] : []),
    // 三、本年度办理结果 stands one character per line beside its rows.
    ...(cell.vertical ? ["writing-mode:vertical-rl"] : []),
  ].join(";");
  const scope = inHeader || cell.role === "caption" || cell.role === "header" ? "col" : "row";
  return `<th${spans(cell)} scope="${scope}" style="${style}">${escapeHtml(cell.text)}</th>`;
}

function tableHtml(report: Report, grid: Grid): string {
  const total = grid.widths.reduce((s, w) => s + w, 0);
  const cols = grid.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join("");
  const row = (cells: GridCell[], header: boolean) => `<tr>${cells.map((c) => cellHtml(report, grid, c, header)).join("")}</tr>`;
  const head = grid.rows.slice(0, grid.headerRows).map((r) => row(r, true)).join("\n");
  const body = grid.rows.slice(grid.headerRows).map((r) => row(r, false)).join("\n");
  return (
    `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%" aria-label="${escapeHtml(grid.title)}">` +
    `<colgroup>${cols}</colgroup>\n${head ? `<thead>\n${head}\n</thead>\n` : ""}<tbody>\n${body}\n</tbody></table>`
  );
}

function blockHtml(report: Report, block: WebBlock): string {
  switch (block.kind) {
    case "title":
      return `<h1 style="text-align:center">${escapeHtml(block.text)}</h1>`;
    case "heading":
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p style="text-indent:2em">${escapeHtml(block.text)}</p>`;
    case "table":
      return tableHtml(report, block.grid);
    case "signature":
      return block.lines.map((l) => `<p style="text-align:right">${escapeHtml(l)}</p>`).join("\n");
  }
}

/** The report as an HTML fragment to paste into the portal's editor. */
export function renderHtmlFragment(report: Report): string {
  const { report: safe, blocks } = webBlocks(report);
  return blocks.map((b) => blockHtml(safe, b)).join("\n");
}

/** The report as a page of its own (下载网页版), with a stylesheet for reading and printing it. */
export function renderHtmlDocument(report: Report): string {
  const { report: safe, blocks } = webBlocks(report);
  const title = blocks[0].kind === "title" ? blocks[0].text : "";
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${PRINT_STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<article>",
    blocks.map((b) => blockHtml(safe, b)).join("\n"),
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
