/**
 * The rules on the narrative (skipped by `tablesOnly`):
 * W3 numbers the text states vs the tables (lib/check/text-facts.ts reads them);
 * W5 section 六 and the 信息处理费; W6 五 copied from last year; W7 completeness
 * (empty or placeholder texts, stray years, 人民政府's 考核/评议/责任追究).
 */
import { describeCell, describeField, tableName } from "../report/describe";
import type { Finding, Report } from "../report/types";
import {
  appealsGroups,
  findRequestNode,
  getTemplate,
  IS_PEOPLES_GOVERNMENT,
  isGroup,
  LITIGATION,
  OVERVIEW_KEYS,
  overviewPart,
  requestRow,
  requestRowsOf,
  TEMPLATES,
  totalColumn,
  type AppealsRole,
  type CellRef,
  type FormatId,
  type OverviewKey,
  type RequestRowRole,
  type Template,
} from "../template";
import { MENTIONS_FEE } from "./fee-statement";
import { fmt } from "./relations";
import { bigramDice, significantLength } from "./similarity";
import { fromPartsNote, matrixTotal, type MatrixTable } from "./matrix-total";
import { checkPartWhole } from "./part-whole";
import { checkProactiveNumbers } from "./proactive-numbers";
import { extractFacts, type FactKind } from "./text-facts";
import { quoteOf } from "./report-texts";

/* ---------- the texts ---------- */

interface TextField {
  /** Path in the report: text.overview.onRequest. */
  field: string;
  get: (r: Report) => string | undefined;
  /** The 依申请公开 part: its numbers are about applications without saying 申请. */
  onRequest?: boolean;
}

// The part whose numbers are about applications is the same in every format (REPORT-JSON names it).
const ON_REQUEST = new Set(TEMPLATES.flatMap((t) => t.overviewParts.filter((p) => p.role === "onRequest").map((p) => p.key)));

const overview = (key: OverviewKey | "intro"): TextField => ({
  field: `text.overview.${key}`,
  get: (r) => r.text.overview?.[key],
  onRequest: key !== "intro" && ON_REQUEST.has(key),
});

const PREAMBLE: TextField = { field: "text.preamble", get: (r) => r.text.preamble };
const OVERVIEW_PARTS = OVERVIEW_KEYS.map(overview);
const OVERVIEW: TextField[] = [overview("intro"), ...OVERVIEW_PARTS];
const PROBLEMS: TextField = { field: "text.problems", get: (r) => r.text.problems };
const OTHER: TextField = { field: "text.other", get: (r) => r.text.other };
/** The 监督保障 part of a format (where a 人民政府 reports 考核、评议、责任追究). */
const oversightOf = (t: Template): TextField => overview(overviewPart(t, "oversight").key);

/** Where W3 looks for numbers (the preamble only describes the report). */
const NARRATIVE: TextField[] = [...OVERVIEW, PROBLEMS, OTHER];
/** Every text, for the stray-year check. */
const ALL_TEXTS: TextField[] = [PREAMBLE, ...NARRATIVE];

const overviewText = (r: Report) => OVERVIEW.map((f) => f.get(r) ?? "").join("\n");

const FIELD_LABELS = new Map<FormatId, Map<string, string>>(
  TEMPLATES.map((t) => [
    t.format,
    new Map([...ALL_TEXTS.map((f) => f.field), "text.overview"].map((f) => [f, describeField(t, f)])),
  ]),
);
const fieldLabel = (format: FormatId, field: string) => FIELD_LABELS.get(format)?.get(field) ?? field;


/* ---------- W3: numbers in the text vs the tables ---------- */

interface Quantity {
  refs: CellRef[];
  /** The table quantity in words, for the message. */
  name: string;
}

function requestQuantities(t: Template): Record<FactKind, Quantity> {
  const total = totalColumn(t, "requests");
  const ref = (row: string): CellRef => ({ table: "requests", row, column: total });
  const label = (id: string) => describeCell(t, ref(id));
  // A role that covers a group of rows (（三）不予公开 1–8) is named by its group label.
  const group = (role: RequestRowRole): Quantity => {
    const ids = requestRowsOf(t, role).map((r) => r.id);
    const node = findRequestNode(t, role);
    if (ids.length === 1 || !node || !isGroup(node)) return { refs: ids.map(ref), name: label(ids[0]) };
    return { refs: ids.map(ref), name: `${tableName(t, "requests")} ${node.text}（${ids.length}项）总计之和` };
  };
  const single = (role: RequestRowRole): Quantity => {
    const id = requestRow(t, role).id;
    return { refs: [ref(id)], name: label(id) };
  };
  const appealsTotal = totalColumn(t, "appeals");
  const appealRef = (key: string): CellRef => ({ table: "appeals", row: key, column: appealsTotal });
  const appealQuantity = (roles: readonly AppealsRole[]): Quantity => {
    const gs = appealsGroups(t, roles);
    return {
      refs: gs.map((g) => appealRef(g.key)),
      name: `${tableName(t, "appeals")} ${gs.map((g) => `${g.label}总计`).join("＋")}`,
    };
  };
  const granted = single("granted");
  const partlyGranted = single("partlyGranted");
  return {
    newRequests: single("newRequests"),
    carriedOver: single("carriedOver"),
    totalHandled: single("totalHandled"),
    granted,
    partlyGranted,
    grantedOrPartly: { refs: [...granted.refs, ...partlyGranted.refs], name: `${granted.name}＋${partlyGranted.name}` },
    refused: group("refused"),
    unavailable: group("unavailable"),
    notProcessed: group("notProcessed"),
    otherHandling: group("otherHandling"),
    carriedForward: single("carriedForward"),
    reconsideration: appealQuantity(["reconsideration"]),
    litigation: appealQuantity(LITIGATION),
  };
}

const QUANTITIES = new Map<FormatId, Record<FactKind, Quantity>>(TEMPLATES.map((t) => [t.format, requestQuantities(t)]));

/** The table's number for a quantity: its 总计 cells, a blank 总计 read as the sum of its row (then `note` says so). */
function tableValue(report: Report, q: Quantity): { value: number; note: string } | undefined {
  let value = 0;
  let note = "";
  for (const r of q.refs) {
    const total = matrixTotal(report, r.table as MatrixTable, r.row);
    if (!total) return undefined;
    value += total.value;
    if (total.fromParts) note = fromPartsNote(r.table as MatrixTable);
  }
  return { value, note };
}

function checkTextNumbers(report: Report, out: Finding[]): void {
  const quantities = QUANTITIES.get(report.format);
  if (!quantities) return;
  for (const f of NARRATIVE) {
    const text = f.get(report);
    if (!text) continue;
    const seen = new Set<string>();
    for (const fact of extractFacts(text, f.onRequest)) {
      const q = quantities[fact.kind];
      const actual = tableValue(report, q);
      if (actual === undefined || actual.value === fact.value) continue;
      const key = `${fact.kind}:${fact.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const said = fact.none ? "没有" : `${fact.value} 件`;
      out.push({
        rule: `W3.${fact.kind}`,
        severity: "warning",
        field: f.field,
        message: `${fieldLabel(report.format, f.field)}：文中${quoteOf(fact.quote)}说${said}，但${q.name}为 ${fmt(actual.value)}${actual.note}。`,
        cells: q.refs,
      });
    }
  }
}

/* ---------- W5: 六 and the 信息处理费 ---------- */

/** 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) applies from 2021-01-01. */
const FEE_RULES_FROM = 2021;
const NO_FEE_INVOLVED =
  /(?:不涉及|未涉及|没有涉及|无涉及|未产生|没有产生|无)[^。；;]{0,10}(?:处理费|收费|费用)|未(?:发出|下发|出具|发送|开具)[^。；;]{0,6}收费通知|(?:没有|无|未)收费/;
/** （六）2 逾期未缴费 of each format that has the row (30号). */
const FEE_UNPAID = new Map<FormatId, string | undefined>(
  TEMPLATES.map((t) => {
    const node = findRequestNode(t, "feeUnpaid");
    return [t.format, node && !isGroup(node) ? node.id : undefined];
  }),
);

function checkFees(report: Report, out: Finding[]): void {
  if (report.year < FEE_RULES_FROM) return;
  const other = report.text.other ?? "";
  const label = fieldLabel(report.format, OTHER.field);
  if (!MENTIONS_FEE.test(other)) {
    out.push({
      rule: "W5.missing",
      severity: "warning",
      field: OTHER.field,
      message: `${label}：没有说明信息处理费的收取情况（《政府信息公开信息处理费管理办法》）；未收取也要写明，如“本年度未收取信息处理费。”`,
    });
    return;
  }
  const feeUnpaid = FEE_UNPAID.get(report.format);
  const row = feeUnpaid ? report.tables.requests[feeUnpaid] : undefined;
  if (!feeUnpaid || !row) return;
  // A blank 总计 is read from its row (R5 reports the blank).
  const total = matrixTotal(report, "requests", feeUnpaid)?.value;
  const noFee = NO_FEE_INVOLVED.exec(other);
  if (typeof total === "number" && total > 0 && noFee) {
    const ref: CellRef = { table: "requests", row: feeUnpaid, column: row.length - 1 };
    out.push({
      rule: "W5.feeUnpaid",
      severity: "warning",
      field: OTHER.field,
      message: `${label}：文中说${quoteOf(noFee[0])}，但${describeCell(getTemplate(report.format), ref)}为 ${total}：有申请人收到收费通知后逾期未缴费，说明本年度涉及信息处理费。`,
      cells: [ref],
    });
  }
}

/* ---------- W6: 五 copied from last year ---------- */

const SAMENESS = 0.8;
const MIN_LENGTH = 20;

export function checkSameness(report: Report, previous: Report, out: Finding[]): void {
  const a = report.text.problems ?? "";
  const b = previous.text.problems ?? "";
  if (significantLength(a) < MIN_LENGTH || significantLength(b) < MIN_LENGTH) return;
  const dice = bigramDice(a, b);
  if (dice < SAMENESS) return;
  out.push({
    rule: "W6",
    severity: "warning",
    field: PROBLEMS.field,
    message: `${fieldLabel(report.format, PROBLEMS.field)}：与上年（${previous.year}年）报告的相似度为 ${Math.round(dice * 100)}%（达到 ${
      SAMENESS * 100
    }% 即提示），疑似照抄上年内容（内容雷同）；请写本年度的问题、改进措施和上年问题的整改情况。`,
  });
}

/* ---------- W7: completeness ---------- */

const PLACEHOLDER = /^(?:无|暂无|没有|略|空|同上|见上|待补充|待填写|待完善|未填写|[xX×]+|…+|\.{3,}|。{3,}|-+|—+|\/|todo|tbd|null)$/i;
const LEFTOVER = /XX|××|○○|待补充|待填写|待完善|此处填写|此处输入/;
const STRIP_FOR_PLACEHOLDER = /[\s。.，,；;！!]+$/;
/** Years inside 〔2021〕30号, ［2021］, 《2019年…》 titles and web addresses are not statements about a year. */
const NOT_A_STATEMENT = /〔[^〕]*〕|［[^］]*］|\[[^\]]*\]|《[^》]*》|https?:\/\/[^\s，。；）)]*/g;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*(?:年|度))/g;
const STATISTICAL_PERIOD = /统计/;
const SENTENCE = /[。！？!?\n]/;
const OVERSIGHT_RESULTS = /考核|评议|责任追究/;

function checkEmpty(report: Report, f: TextField, text: string, out: Finding[]): void {
  const t = text.trim();
  const label = fieldLabel(report.format, f.field);
  if (!t) {
    out.push({ rule: "W7.empty", severity: "warning", field: f.field, message: `${label}：内容为空，这一部分必须填写。` });
    return;
  }
  if (PLACEHOLDER.test(t.replace(STRIP_FOR_PLACEHOLDER, ""))) {
    out.push({ rule: "W7.placeholder", severity: "warning", field: f.field, message: `${label}：只写了“${t}”，请写明实际情况。` });
  }
}

/** Template leftovers (XX, 待补充 …) in any text, at the text that holds them. */
function checkLeftovers(report: Report, f: TextField, text: string, out: Finding[]): void {
  const left = LEFTOVER.exec(text);
  if (!left) return;
  out.push({
    rule: "W7.placeholder",
    severity: "warning",
    field: f.field,
    message: `${fieldLabel(report.format, f.field)}：含有未替换的占位文字“${left[0]}”（${quoteOf(around(text, left.index))}）。`,
  });
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 12), at + 16).replace(/\s+/g, " ");
}

function checkYears(report: Report, f: TextField, text: string, out: Finding[]): void {
  if (!YEAR.test(text)) return;
  YEAR.lastIndex = 0;
  let body = text.replace(NOT_A_STATEMENT, " ");
  if (f === PREAMBLE) body = body.split(SENTENCE).filter((s) => !STATISTICAL_PERIOD.test(s)).join("。");
  const stray = new Set<number>();
  let m: RegExpExecArray | null;
  YEAR.lastIndex = 0;
  while ((m = YEAR.exec(body))) {
    const y = Number(m[1]);
    if (y !== report.year && y !== report.year + 1) stray.add(y);
  }
  for (const y of stray) {
    out.push({
      rule: "W7.year",
      severity: "warning",
      field: f.field,
      message: `${fieldLabel(report.format, f.field)}：提到“${y}年”，既不是报告年度（${report.year}年）也不是下一年（${
        report.year + 1
      }年）；是否沿用了往年的文字？`,
    });
  }
}

function checkCompleteness(report: Report, out: Finding[]): void {
  // 30号 names the five parts of 总体情况; 60号 only the section.
  const t = getTemplate(report.format);
  if (t.rules.overviewPartsRequired) {
    for (const f of OVERVIEW_PARTS) checkEmpty(report, f, f.get(report) ?? "", out);
  } else {
    checkEmpty(report, { field: "text.overview", get: overviewText }, overviewText(report), out);
  }
  checkEmpty(report, PROBLEMS, report.text.problems ?? "", out);
  checkEmpty(report, OTHER, report.text.other ?? "", out);

  for (const f of ALL_TEXTS) {
    const text = f.get(report);
    if (!text) continue;
    if (!PLACEHOLDER.test(text.trim().replace(STRIP_FOR_PLACEHOLDER, ""))) checkLeftovers(report, f, text, out);
    checkYears(report, f, text, out);
  }

  if (IS_PEOPLES_GOVERNMENT.has(report.organ.kind)) {
    const oversight = oversightOf(t);
    const field = t.rules.overviewPartsRequired ? oversight.field : "text.overview";
    const text = t.rules.overviewPartsRequired ? (oversight.get(report) ?? "") : overviewText(report);
    if (text.trim() && !OVERSIGHT_RESULTS.test(text)) {
      out.push({
        rule: "W7.oversight",
        severity: "warning",
        field,
        message: `${fieldLabel(report.format, field)}：人民政府的年度报告须写明工作考核、社会评议和责任追究结果情况（《条例》第五十条第四项），这里没有提到考核、评议或责任追究。`,
      });
    }
  }
}

/** W3, W5, W7 on this report; W6 needs last year's and runs from check(). */
export function checkTexts(report: Report, out: Finding[]): void {
  checkTextNumbers(report, out);
  checkProactiveNumbers(report, NARRATIVE, out);
  checkPartWhole(report, NARRATIVE, out);
  checkFees(report, out);
  checkCompleteness(report, out);
}
