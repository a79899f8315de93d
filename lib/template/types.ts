/**
 * The shape of a template definition. One object of this shape per national
 * format (国办公开办函〔2021〕30号, 〔2019〕60号) drives the forms, the schema,
 * the checker, the preview and the .docx. Nothing downstream spells a label.
 */

export type FormatId = "2021" | "2019";

/** count: whole number ≥ 0; signedCount: whole number (2019 本年增/减); money: 万元, ≥ 0, ≤ 4 decimals. */
export type CellKind = "count" | "signedCount" | "money";

export type TableId = "proactive" | "requests" | "appeals";

/** Address of one cell. proactive: row = block row key, column = field key; requests/appeals: column index. */
export type CellRef =
  | { table: "proactive"; row: string; column: string }
  | { table: "requests" | "appeals"; row: string; column: number };

/** A label that may set part of its text in 楷体 (the template's notes). */
export interface Label {
  text: string;
  /** Substring of `text` printed in 楷体_GB2312 in the Word template. */
  kai?: string;
}

/* ---------- Table 二: 主动公开政府信息情况 (blocks of caption + header + rows) ---------- */

export interface ProactiveField {
  key: string;
  /** What the column means to the rules (W2 reads 本年制发/本年废止/现行有效 by role). */
  role?: ProactiveFieldRole;
  /** Column header, e.g. 本年制发件数. */
  label: string;
  kind: CellKind;
  /** Grid columns the field occupies (the template's last header cell often spans). */
  span: number;
  /** A stock, not this year's flow: a new year's report starts from last year's figure (现行有效件数). */
  carriesOver?: true;
}

export interface ProactiveRow {
  key: string;
  label: string;
  /** What the row means to the rules (W2, W4 read 规章 and 规范性文件 by role). */
  role?: ProactiveRowRole;
}

export interface ProactiveBlock {
  /** 第二十条第（一）项 … : the caption row spanning the whole table. */
  caption: string;
  fields: ProactiveField[];
  rows: ProactiveRow[];
}

export interface ProactiveTable {
  id: "proactive";
  title: string;
  /** Header of the first column of every block. */
  itemHeader: string;
  /** Grid columns in all (label column + field spans). */
  gridColumns: number;
  /** Relative widths of the grid columns, for the .docx and the preview. */
  columnWidths: number[];
  blocks: ProactiveBlock[];
}

/* ---------- Tables 三/四: header tree + label tree over a matrix of cells ---------- */

/** A header cell; leaves are data columns, in order. */
export interface HeaderNode extends Label {
  children?: HeaderNode[];
}

/** A row of the label area: a data row (leaf) or a group that merges vertically over its rows. */
export type RowNode = RowLeaf | RowGroup;

export interface RowLeaf extends Label {
  id: string;
  /** Short name used in messages (一, （七）总计, （三）1 …). */
  short: string;
  /** The row is computed from others (see `sums`) and read-only while authoring. */
  derived?: boolean;
  /** What the row means to the rules (R1, W1, W3, W5, 以上年报告为基础). */
  role?: RequestRowRole;
}

export interface RowGroup extends Label {
  group: true;
  /** Print the label one character per line (三、本年度办理结果 in its narrow cell). */
  vertical?: boolean;
  children: RowNode[];
  /** What the group means to the rules: one of the outcome groups of 三、本年度办理结果. */
  role?: RequestRowRole;
}

export interface MatrixColumn {
  /** Label as in the header leaf. */
  label: string;
  /** Short name for messages. */
  short: string;
  kind: CellKind;
  /** The column is a sum of others (总计) and read-only while authoring. */
  derived?: boolean;
}

export interface RequestsTable {
  id: "requests";
  title: string;
  /** The 3×3 top-left note cell. */
  corner: Label;
  /** Width of the label area in grid columns. */
  labelColumns: number;
  header: HeaderNode[];
  columns: MatrixColumn[];
  rows: RowNode[];
  columnWidths: number[];
}

export interface AppealsGroup {
  /** Key in tables.appeals. */
  key: string;
  /** Which proceeding the group counts (W3 reads 行政复议 and 行政诉讼 by role, not by label). */
  role: AppealsRole;
  /** Name for messages (行政复议, 未经复议直接起诉 …). */
  label: string;
}

export interface AppealsTable {
  id: "appeals";
  title: string;
  header: HeaderNode[];
  /** Each group is one array of `columns.length` cells; header leaves run group by group. */
  groups: AppealsGroup[];
  columns: MatrixColumn[];
  columnWidths: number[];
}

/* ---------- Relations (勾稽关系) ---------- */

/** target = Σ addends. When `derived`, authoring computes the target and shows it read-only. */
export interface SumRelation {
  kind: "sum";
  rule: string;
  target: CellRef;
  addends: CellRef[];
  derived: boolean;
  /** Message context, e.g. the row or column the relation runs along. */
  along: string;
  /** Names of the target and of the addends side, for messages. */
  targetName: string;
  addendsName: string;
}

/** Σ lhs = Σ rhs (R1); the finding points at `at`. */
export interface EqualRelation {
  kind: "equal";
  rule: string;
  lhs: CellRef[];
  rhs: CellRef[];
  at: CellRef;
  along: string;
  lhsName: string;
  rhsName: string;
}

export type Relation = SumRelation | EqualRelation;

/* ---------- Sections and texts ---------- */

export type TextKey = "preamble" | "overview" | "problems" | "other";

/**
 * The five parts of 一、总体情况 as REPORT-JSON names them (30号: 主动公开、依申请公开、
 * 政府信息管理、政府信息公开平台建设、监督保障). The report type, its schema and the
 * empty report are built from this list; each template gives their headings.
 */
export const OVERVIEW_KEYS = ["proactive", "onRequest", "management", "platforms", "oversight"] as const;
export type OverviewKey = (typeof OVERVIEW_KEYS)[number];

export interface OverviewPart {
  key: OverviewKey;
  heading: string;
  hint: string;
  /**
   * onRequest: the part about applications, whose numbers are read as 申请 counts (W3);
   * oversight: the part where a 人民政府 reports 考核、评议、责任追究 (W7, 《条例》第五十条).
   */
  role?: "onRequest" | "oversight";
}

/* ---------- Roles: what rows, columns and groups mean to the rules ---------- */

/**
 * Rows (or row groups) of table 三 the rules name. Every format has all of them except
 * `feeUnpaid` (（六）2, only where （六）其他处理 is split, 30号).
 */
export const REQUEST_ROW_ROLES = [
  "newRequests",
  "carriedOver",
  "granted",
  "partlyGranted",
  "refused",
  "unavailable",
  "notProcessed",
  "otherHandling",
  "totalHandled",
  "carriedForward",
] as const;
export type RequestRowRole = (typeof REQUEST_ROW_ROLES)[number] | "feeUnpaid";

export type ProactiveRowRole = "regulations" | "normativeDocuments";
export type ProactiveFieldRole = "issued" | "repealed" | "inForce";
export type AppealsRole = "reconsideration" | "litigationDirect" | "litigationAfterReconsideration";

/** Which rules of the checker a format is subject to (instead of comparing format ids). */
export interface FormatRules {
  /** W7: each of the five parts of 总体情况 must be filled (30号 names them); else only the section as a whole. */
  overviewPartsRequired: boolean;
  /** W2: 现行有效件数 continues last year's (the format has 本年制发/本年废止/现行有效 columns). */
  inForceContinuity: boolean;
}

export interface Section {
  /** 一 … 六 */
  number: string;
  heading: string;
  hint: string;
  /** The narrative text of the section, if any. */
  text?: Exclude<TextKey, "preamble">;
  /** The table printed in the section, if any. */
  table?: TableId;
}

export interface Template {
  format: FormatId;
  /** The notice that fixes the format. */
  notice: string;
  /** First and last report year the format serves (null: still in force). */
  years: { from: number; to: number | null };
  sections: Section[];
  overviewParts: OverviewPart[];
  rules: FormatRules;
  tables: {
    proactive: ProactiveTable;
    requests: RequestsTable;
    appeals: AppealsTable;
  };
  relations: Relation[];
}
