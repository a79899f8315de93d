/**
 * The rules that compare with last year's report (only when `previous` is the
 * report of the year before):
 * W1 this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column (either format);
 * W2 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and
 * 行政规范性文件 (both years of a format with those columns; documents that lapse without repeal break it).
 */
import { tableName } from "../report/describe";
import type { Finding, Report } from "../report/types";
import {
  getTemplate,
  proactiveField,
  proactiveRow,
  requestRow,
  TEMPLATES,
  type CellRef,
  type FormatId,
  type Template,
} from "../template";
import { fromPartsNote, matrixTotal, totalColumn } from "./matrix-total";

interface W1Spec {
  overLabel: string;
  forwardLabel: string;
  /** Row ids of 二、上年结转 here and of 四、结转下年度继续办理 (looked up in last year's template). */
  over: string;
  columns: Array<{ label: string; ref: CellRef }>;
}

function w1Spec(t: Template): W1Spec {
  const over = requestRow(t, "carriedOver");
  return {
    overLabel: over.text,
    forwardLabel: requestRow(t, "carriedForward").text,
    over: over.id,
    columns: t.tables.requests.columns.map((c, i) => ({ label: c.short, ref: { table: "requests", row: over.id, column: i } })),
  };
}

interface W2Spec {
  rows: Array<{ key: string; label: string; ref: CellRef; cells: CellRef[] }>;
  issued: { key: string; label: string };
  repealed: { key: string; label: string };
  inForce: { key: string; label: string };
}

function w2Spec(t: Template): W2Spec | undefined {
  if (!t.rules.inForceContinuity) return undefined;
  const { block } = proactiveRow(t, "regulations");
  const field = (role: "issued" | "repealed" | "inForce") => {
    const f = proactiveField(t, block, role);
    return { key: f.key, label: f.label };
  };
  const issued = field("issued");
  const repealed = field("repealed");
  const inForce = field("inForce");
  const ref = (row: string, column: string): CellRef => ({ table: "proactive", row, column });
  return {
    rows: [proactiveRow(t, "regulations").row, proactiveRow(t, "normativeDocuments").row].map((r) => ({
      key: r.key,
      label: `${tableName(t, "proactive")} ${r.label}`,
      ref: ref(r.key, inForce.key),
      cells: [ref(r.key, inForce.key), ref(r.key, issued.key), ref(r.key, repealed.key)],
    })),
    issued,
    repealed,
    inForce,
  };
}

const W1 = new Map<FormatId, W1Spec>(TEMPLATES.map((t) => [t.format, w1Spec(t)]));
const W2 = new Map<FormatId, W2Spec | undefined>(TEMPLATES.map((t) => [t.format, w2Spec(t)]));

/** `previous` is last year's report, the one the cross-year rules compare with. */
export function isLastYear(report: Report, previous: Report | undefined): previous is Report {
  return previous !== undefined && previous.year === report.year - 1;
}

export function checkCarriedOver(report: Report, previous: Report, out: Finding[]): void {
  const spec = W1.get(report.format);
  if (!spec) return;
  const forward = requestRow(getTemplate(previous.format), "carriedForward").id;
  const cur = report.tables.requests[spec.over];
  const prev = previous.tables.requests[forward];
  if (!cur || !prev) return;
  const total = totalColumn(report.format, "requests");
  for (let i = 0; i < spec.columns.length; i++) {
    // A blank 总计 (on either side) is read from its row; R5 reports the blank.
    const a = i === total ? matrixTotal(report, "requests", spec.over)?.value : cur[i];
    const b = i === total && totalColumn(previous.format, "requests") === i ? matrixTotal(previous, "requests", forward)?.value : prev[i];
    if (a === b || a === null || b === null || a === undefined || b === undefined) continue;
    const c = spec.columns[i];
    out.push({
      rule: "W1",
      severity: "warning",
      table: "requests",
      row: spec.over,
      column: i,
      message: `${c.label}：本年“${spec.overLabel}”为 ${a}，上年（${previous.year}年）报告“${spec.forwardLabel}”为 ${b}，两者应相等${i === total && (cur[i] == null || prev[i] == null) ? fromPartsNote("requests") : ""}。`,
      cells: [c.ref],
    });
  }
}

export function checkInForce(report: Report, previous: Report, out: Finding[]): void {
  // Both years need the 本年制发/本年废止/现行有效 columns (30号).
  const spec = W2.get(report.format);
  const before = W2.get(previous.format);
  if (!spec || !before) return;
  for (let i = 0; i < spec.rows.length; i++) {
    const r = spec.rows[i];
    const cur = report.tables.proactive[r.key];
    const prev = previous.tables.proactive[before.rows[i].key];
    if (!cur || !prev) continue;
    const inForce = cur[spec.inForce.key];
    const issued = cur[spec.issued.key];
    const repealed = cur[spec.repealed.key];
    const last = prev[before.inForce.key];
    if (inForce == null || issued == null || repealed == null || last == null) continue;
    const expected = last + issued - repealed;
    if (inForce === expected) continue;
    out.push({
      rule: "W2",
      severity: "warning",
      table: "proactive",
      row: r.key,
      column: spec.inForce.key,
      message: `${r.label}：${spec.inForce.label} ${inForce} ≠ 上年（${previous.year}年）${before.inForce.label} ${last} ＋ ${spec.issued.label} ${issued} − ${spec.repealed.label} ${repealed} ＝ ${expected}（未经废止而失效的文件也会造成差异，如属此情况请确认）。`,
      cells: r.cells,
    });
  }
}
