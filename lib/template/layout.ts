/**
 * Lays a table definition out as the printed grid: rows of cells with their
 * row and column spans, like an HTML table (a cell covered by a span is omitted).
 * The wizard grid, the preview and the .docx all render this one layout.
 */
import { isGroup, leafRows } from "./rows";
import type {
  AppealsTable,
  CellKind,
  CellRef,
  HeaderNode,
  Label,
  ProactiveTable,
  RequestsTable,
  RowNode,
  TableId,
  Template,
} from "./types";

export type TextRole = "caption" | "header" | "label" | "note";

export interface GridText extends Label {
  type: "text";
  role: TextRole;
  colSpan: number;
  rowSpan: number;
  /** One character per line (三、本年度办理结果). */
  vertical?: boolean;
}

export interface GridInput {
  type: "input";
  ref: CellRef;
  kind: CellKind;
  /** Computed by the template's sums; read-only while authoring. */
  derived: boolean;
  colSpan: number;
  rowSpan: 1;
  /** Row and column labels: the accessible name of the input. */
  name: string;
  /** The row part of `name` ("" in table 四, which has no row labels). */
  rowLabel: string;
  /** The column part of `name`. */
  columnLabel: string;
}

export type GridCell = GridText | GridInput;

export interface Grid {
  table: TableId;
  title: string;
  /** Column widths in mm (their sum is the table width). */
  widths: number[];
  /** Leading rows that form the header (repeated when a table breaks across pages). */
  headerRows: number;
  rows: GridCell[][];
}

const text = (label: Label, role: TextRole, colSpan = 1, rowSpan = 1, vertical?: boolean): GridText => ({
  type: "text",
  text: label.text,
  ...(label.kai ? { kai: label.kai } : {}),
  role,
  colSpan,
  rowSpan,
  ...(vertical ? { vertical } : {}),
});

function depth(nodes: HeaderNode[]): number {
  return Math.max(...nodes.map((n) => 1 + (n.children ? depth(n.children) : 0)));
}

function leafCount(n: HeaderNode): number {
  return n.children ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1;
}

/** Header rows from a header tree; leaves stretch down to the last header row. Also the leaf paths. */
function headerLayout(nodes: HeaderNode[]): { rows: GridText[][]; paths: string[][] } {
  const total = depth(nodes);
  const rows: GridText[][] = Array.from({ length: total }, () => []);
  const paths: string[][] = [];
  const width = nodes.reduce((s, n) => s + leafCount(n), 0);
  const walk = (list: HeaderNode[], level: number, path: string[]) => {
    for (const n of list) {
      const span = leafCount(n);
      rows[level].push(text(n, "header", span, n.children ? 1 : total - level));
      // An ancestor spanning every data column (申请人情况) says nothing about one cell.
      const own = span === width && n.children ? path : [...path, n.text];
      if (n.children) walk(n.children, level + 1, own);
      else paths.push(own);
    }
  };
  walk(nodes, 0, []);
  return { rows, paths };
}

function proactiveGrid(t: ProactiveTable): Grid {
  const rows: GridCell[][] = [];
  for (const block of t.blocks) {
    rows.push([text({ text: block.caption }, "caption", t.gridColumns)]);
    rows.push([text({ text: t.itemHeader }, "header"), ...block.fields.map((f) => text({ text: f.label }, "header", f.span))]);
    for (const r of block.rows) {
      rows.push([
        text({ text: r.label }, "label"),
        ...block.fields.map(
          (f): GridInput => ({
            type: "input",
            ref: { table: "proactive", row: r.key, column: f.key },
            kind: f.kind,
            derived: false,
            colSpan: f.span,
            rowSpan: 1,
            name: `${r.label} ${f.label}`,
            rowLabel: r.label,
            columnLabel: f.label,
          }),
        ),
      ]);
    }
  }
  return { table: "proactive", title: t.title, widths: t.columnWidths, headerRows: 0, rows };
}

function requestsGrid(t: RequestsTable): Grid {
  const header = headerLayout(t.header);
  header.rows[0].unshift(text(t.corner, "note", t.labelColumns, header.rows.length));
  const body: GridCell[][] = [];
  const walk = (nodes: RowNode[], level: number, path: string[]) => {
    for (const n of nodes) {
      if (isGroup(n)) {
        const start = body.length;
        walk(n.children, level + 1, n.vertical ? path : [...path, n.text]);
        // Outer groups are spliced after inner ones, so each lands left of what it encloses.
        body[start].unshift(text(n, "label", 1, body.length - start, n.vertical));
        continue;
      }
      const rowName = [...path, n.text].join(" ");
      body.push([
        text(n, "label", t.labelColumns - level),
        ...t.columns.map(
          (c, i): GridInput => ({
            type: "input",
            ref: { table: "requests", row: n.id, column: i },
            kind: c.kind,
            derived: Boolean(c.derived || n.derived),
            colSpan: 1,
            rowSpan: 1,
            name: [rowName, ...header.paths[i]].join(" "),
            rowLabel: rowName,
            columnLabel: header.paths[i].join(" "),
          }),
        ),
      ]);
    }
  };
  walk(t.rows, 0, []);
  return { table: "requests", title: t.title, widths: t.columnWidths, headerRows: header.rows.length, rows: [...header.rows, ...body] };
}

function appealsGrid(t: AppealsTable): Grid {
  const header = headerLayout(t.header);
  const row: GridInput[] = t.groups.flatMap((g, gi) =>
    t.columns.map((c, i) => ({
      type: "input" as const,
      ref: { table: "appeals" as const, row: g.key, column: i },
      kind: c.kind,
      derived: Boolean(c.derived),
      colSpan: 1,
      rowSpan: 1 as const,
      name: header.paths[gi * t.columns.length + i].join(" "),
      rowLabel: "",
      columnLabel: header.paths[gi * t.columns.length + i].join(" "),
    })),
  );
  return { table: "appeals", title: t.title, widths: t.columnWidths, headerRows: header.rows.length, rows: [...header.rows, row] };
}

const cache = new WeakMap<Template, Record<TableId, Grid>>();

/** The printed grid of one table of a template (memoised: templates are immutable). */
export function tableGrid(template: Template, table: TableId): Grid {
  let grids = cache.get(template);
  if (!grids) {
    grids = {
      proactive: proactiveGrid(template.tables.proactive),
      requests: requestsGrid(template.tables.requests),
      appeals: appealsGrid(template.tables.appeals),
    };
    cache.set(template, grids);
  }
  return grids[table];
}

/** Every input cell of a template with its accessible name, in printed order. */
export function inputCells(template: Template): GridInput[] {
  return (["proactive", "requests", "appeals"] as const).flatMap((id) =>
    tableGrid(template, id).rows.flatMap((r) => r.filter((c): c is GridInput => c.type === "input")),
  );
}

export { leafRows };
