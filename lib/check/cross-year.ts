/**
 * The rules that compare with last year's report (only when `previous` is the
 * report of the year before):
 * W1 this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column (either format);
 * W2 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and
 * 行政规范性文件 (2021 format both years; documents that lapse without repeal break it).
 */
import { tableName } from "../report/describe";
import type { Finding, Report } from "../report/types";
import { leafRows, TEMPLATES, type CellRef, type FormatId, type Template } from "../template";
import { fromPartsNote, matrixTotal, totalColumn } from "./matrix-total";

const CARRIED_OVER = "carriedOver";
const CARRIED_FORWARD = "carriedForward";
/** REPORT-JSON's field keys of 第二十条第（一）项 in the 2021 format. */
const ISSUED = "issued";
const REPEALED = "repealed";
const IN_FORCE = "inForce";

interface W1Spec {
  overLabel: string;
  forwardLabel: string;
  columns: Array<{ label: string; ref: CellRef }>;
}

function w1Spec(t: Template): W1Spec {
  const rows = leafRows(t.tables.requests.rows);
  const text = (id: string) => rows.find((r) => r.id === id)?.text ?? id;
  return {
    overLabel: text(CARRIED_OVER),
    forwardLabel: text(CARRIED_FORWARD),
    columns: t.tables.requests.columns.map((c, i) => ({ label: c.short, ref: { table: "requests", row: CARRIED_OVER, column: i } })),
  };
}

interface W2Spec {
  rows: Array<{ key: string; label: string; ref: CellRef; cells: CellRef[] }>;
  issued: string;
  repealed: string;
  inForce: string;
}

function w2Spec(t: Template): W2Spec | undefined {
  const block = t.tables.proactive.blocks.find((b) => b.fields.some((f) => f.key === IN_FORCE));
  if (!block) return undefined;
  const label = (k: string) => block.fields.find((f) => f.key === k)?.label ?? k;
  const ref = (row: string, column: string): CellRef => ({ table: "proactive", row, column });
  return {
    rows: block.rows.map((r) => ({
      key: r.key,
      label: `${tableName(t, "proactive")} ${r.label}`,
      ref: ref(r.key, IN_FORCE),
      cells: [ref(r.key, IN_FORCE), ref(r.key, ISSUED), ref(r.key, REPEALED)],
    })),
    issued: label(ISSUED),
    repealed: label(REPEALED),
    inForce: label(IN_FORCE),
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
  const cur = report.tables.requests[CARRIED_OVER];
  const prev = previous.tables.requests[CARRIED_FORWARD];
  if (!spec || !cur || !prev) return;
  const total = totalColumn(report.format, "requests");
  for (let i = 0; i < spec.columns.length; i++) {
    // A blank 总计 (on either side) is read from its row; R5 reports the blank.
    const a = i === total ? matrixTotal(report, "requests", CARRIED_OVER)?.value : cur[i];
    const b = i === total && totalColumn(previous.format, "requests") === i ? matrixTotal(previous, "requests", CARRIED_FORWARD)?.value : prev[i];
    if (a === b || a === null || b === null || a === undefined || b === undefined) continue;
    const c = spec.columns[i];
    out.push({
      rule: "W1",
      severity: "warning",
      table: "requests",
      row: CARRIED_OVER,
      column: i,
      message: `${c.label}：本年“${spec.overLabel}”为 ${a}，上年（${previous.year}年）报告“${spec.forwardLabel}”为 ${b}，两者应相等${i === total && (cur[i] == null || prev[i] == null) ? fromPartsNote("requests") : ""}。`,
      cells: [c.ref],
    });
  }
}

export function checkInForce(report: Report, previous: Report, out: Finding[]): void {
  // Both years need the 2021 format's 本年制发/本年废止/现行有效 columns.
  const spec = W2.get(report.format);
  if (!spec || !W2.get(previous.format)) return;
  for (const r of spec.rows) {
    const cur = report.tables.proactive[r.key];
    const prev = previous.tables.proactive[r.key];
    if (!cur || !prev) continue;
    const inForce = cur[IN_FORCE];
    const issued = cur[ISSUED];
    const repealed = cur[REPEALED];
    const before = prev[IN_FORCE];
    if (inForce == null || issued == null || repealed == null || before == null) continue;
    const expected = before + issued - repealed;
    if (inForce === expected) continue;
    out.push({
      rule: "W2",
      severity: "warning",
      table: "proactive",
      row: r.key,
      column: IN_FORCE,
      message: `${r.label}：${spec.inForce} ${inForce} ≠ 上年（${previous.year}年）${spec.inForce} ${before} ＋ ${spec.issued} ${issued} − ${spec.repealed} ${repealed} ＝ ${expected}（未经废止而失效的文件也会造成差异，如属此情况请确认）。`,
      cells: r.cells,
    });
  }
}
