import type { CellRef, FormatId, OrganKind, OverviewKey, TableId } from "../template";

/** A number, or null for a blank cell (a defect R5 reports, allowed in drafts). */
export type Cell = number | null;

export const REPORT_SCHEMA_ID = "nianbao/report@1";

export interface Report {
  schema: typeof REPORT_SCHEMA_ID;
  format: FormatId;
  year: number;
  organ: { name: string; kind: OrganKind };
  meta: {
    publishUrl?: string;
    contact?: { office?: string; address?: string; postcode?: string; phone?: string; email?: string };
    signedBy?: string;
    /** ISO date, e.g. 2022-01-20. */
    signedOn?: string;
    /** Statistical period; defaults to the calendar year (《条例》第五十条: 每年1月1日至12月31日). */
    period?: { from?: string; to?: string };
  };
  text: {
    preamble: string;
    /** The five parts of 一、总体情况 (OVERVIEW_KEYS), and the opening paragraphs before （一） many real reports have. */
    overview: Record<OverviewKey, string> & { intro?: string };
    problems: string;
    other: string;
  };
  tables: {
    /** Table 二: row key → field key → cell; shape per format (see the template). */
    proactive: Record<string, Record<string, Cell>>;
    /** Table 三: row id → 7 cells (自然人 … 其他, 总计). */
    requests: Record<string, Cell[]>;
    /** Table 四: group key → 5 cells (结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
    appeals: Record<string, Cell[]>;
  };
}

export type Severity = "error" | "warning";

/** findingKey(warning) → the clerk's reason for confirming it as correct. */
export type Acknowledgements = Record<string, string>;

/** One result of check(); see docs/report-json.md, "校验结果". */
export interface Finding {
  /** R1–R6, W1–W7, or a finer id starting with one of them (W3.newRequests). */
  rule: string;
  severity: Severity;
  table?: TableId;
  row?: string;
  column?: number | string;
  /** A narrative field the finding is about, as a path: text.other, text.overview.onRequest, meta.signedOn … */
  field?: string;
  message: string;
  /** Every cell the relation involves (the UI marks them all; `row`/`column` is the main one). */
  cells?: CellRef[];
}
