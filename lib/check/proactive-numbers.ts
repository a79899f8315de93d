/**
 * W3 on table 二: a number the narrative states about a row of 主动公开政府信息情况
 * (制发行政规范性文件3件, 现行有效规范性文件393件, 行政许可决定120件, 收取行政事业性收费12.5万元)
 * must equal its cell. Which row and which column a text means is read with the words of
 * lib/template/narrative-words.ts; as for table 三, a number the reader cannot tie to exactly
 * one cell (two rows in a clause, two columns before the number, 各/等, 修改/清理 …) gives
 * nothing, so it can never be a false finding.
 */
import { describeCell, describeField } from "../report/describe";
import type { Finding, Report } from "../report/types";
import { getTemplate, TEMPLATES, type CellKind, type CellRef, type FormatId, type Template } from "../template";
import { PROACTIVE_WORDS, type ProactiveWords } from "../template/narrative-words";
import { fmt } from "./relations";
import { quoteOf, type ReportText } from "./report-texts";
import { halfWidthDigits, parseChineseNumber } from "./text-facts";

export interface ProactiveFact {
  row: string;
  field: string;
  value: number;
  /** Digits after the point as written (12.5 → 1), to compare money as rounded in the text. */
  decimals: number;
  unit: "count" | "money";
  quote: string;
}

interface Word {
  key: string;
  re: RegExp;
}

interface Reader {
  rows: Word[];
  /** Any row word, to skip the clauses that name none quickly. */
  anyRow: RegExp;
  fields: Word[];
  /** row key → its block's fields (key → kind). */
  rowFields: Map<string, Map<string, CellKind>>;
}

function reader(t: Template): Reader {
  // A format whose narrative words are not written down has no row a text can name.
  const words: ProactiveWords = PROACTIVE_WORDS[t.format] ?? { rows: {}, fields: {} };
  const rowFields = new Map<string, Map<string, CellKind>>();
  for (const b of t.tables.proactive.blocks) {
    for (const r of b.rows) rowFields.set(r.key, new Map(b.fields.map((f) => [f.key, f.kind])));
  }
  const rows = Object.entries(words.rows)
    .filter(([k]) => rowFields.has(k))
    .map(([key, src]) => ({ key, re: new RegExp(src, "g") }));
  return {
    rows,
    anyRow: rows.length ? new RegExp(rows.map((r) => r.re.source).join("|")) : /(?!)/,
    fields: Object.entries(words.fields).map(([key, src]) => ({ key, re: new RegExp(src, "g") })),
    rowFields,
  };
}

const READERS = new Map<FormatId, Reader>(TEMPLATES.map((t) => [t.format, reader(t)]));

const CLAUSE = /[，,；;。！？!?：:\n]/;
const AMOUNT = /(\d+(?:\.\d+)?)\s*(万元|件|项|个|份)|([零〇一二两三四五六七八九十百千]+)(件|项|个|份)/g;
/** Words that make a number something else than the cell: each (各), a list (等), another action or a share. */
const NOT_THE_CELL =
  /各|等|修改|修订|清理|审查|审核|备案|评估|合法性|累计|以上|余|多|约|近|超过|其中|占|%|[并和及与](?:废止|废除|制发|制作|印发|出台)/;

function spans(clause: string, re: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function clauseFacts(r: Reader, clause: string, out: ProactiveFact[]): void {
  let row: string | undefined;
  let rowStart = Infinity;
  let masked = clause;
  for (const w of r.rows) {
    const hits = spans(clause, w.re);
    if (hits.length === 0) continue;
    if (row !== undefined) return; // two rows in one clause: no number ties to one of them
    row = w.key;
    rowStart = hits[0].start;
    for (const h of hits) masked = masked.slice(0, h.start) + " ".repeat(h.end - h.start) + masked.slice(h.end);
  }
  if (row === undefined) return;
  const fields = r.rowFields.get(row)!;
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previousEnd = 0;
  while ((m = AMOUNT.exec(clause))) {
    const start = m.index;
    const segment = masked.slice(previousEnd, start);
    previousEnd = start + m[0].length;
    if (rowStart > start || NOT_THE_CELL.test(segment) || NOT_THE_CELL.test(clause.slice(previousEnd, previousEnd + 1))) continue;
    const unit = (m[2] ?? m[4]) === "万元" ? "money" : "count";
    const named = new Set<string>();
    for (const f of r.fields) {
      if (fields.has(f.key) && spans(segment, f.re).length > 0) named.add(f.key);
    }
    let field: string | undefined;
    if (named.size === 1) field = [...named][0];
    else if (named.size === 0 && unit === "money") {
      // 行政事业性收费12.5万元: 万元 names the row's one money column.
      const money = [...fields].filter(([, kind]) => kind === "money");
      if (money.length === 1) field = money[0][0];
    }
    if (field === undefined) continue;
    const kind = fields.get(field);
    if ((unit === "money") !== (kind === "money") || kind === "signedCount") continue;
    const digits = m[1];
    const value = digits !== undefined ? Number(digits) : parseChineseNumber(m[3]);
    if (Number.isNaN(value)) continue;
    out.push({ row, field, value, decimals: digits?.split(".")[1]?.length ?? 0, unit, quote: clause });
  }
}

/** The facts about table 二 a narrative text states. */
export function extractProactiveFacts(text: string, format: FormatId): ProactiveFact[] {
  const out: ProactiveFact[] = [];
  const r = READERS.get(format);
  if (!text || !r || !r.anyRow.test(text)) return out;
  const typed = text.split(CLAUSE);
  const clauses = halfWidthDigits(text).split(CLAUSE);
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i].trim();
    if (!clause || !r.anyRow.test(clause) || !/\d|[零〇一二两三四五六七八九十百千][件项个份]/.test(clause)) continue;
    const from = out.length;
    clauseFacts(r, clause, out);
    // The message quotes the clause as typed (１２.５万元).
    for (let j = from; j < out.length; j++) out[j].quote = typed[i].trim();
  }
  return out;
}


/** The money a text states is compared as the text rounds it (12.53万元 against 12.5260). */
function agrees(fact: ProactiveFact, cell: number): boolean {
  if (fact.unit === "count") return cell === fact.value;
  const scale = 10 ** fact.decimals;
  return Math.abs(Math.round(cell * scale) - Math.round(fact.value * scale)) === 0;
}

export function checkProactiveNumbers(
  report: Report,
  texts: ReadonlyArray<Pick<ReportText, "field" | "get">>,
  out: Finding[],
): void {
  const template = getTemplate(report.format);
  for (const f of texts) {
    const text = f.get(report);
    if (!text) continue;
    const seen = new Set<string>();
    for (const fact of extractProactiveFacts(text, report.format)) {
      const cell = report.tables.proactive[fact.row]?.[fact.field];
      if (typeof cell !== "number" || agrees(fact, cell)) continue;
      const key = `${fact.row}.${fact.field}:${fact.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ref: CellRef = { table: "proactive", row: fact.row, column: fact.field };
      const said = fact.unit === "money" ? `${fmt(fact.value)} 万元` : `${fact.value} 件`;
      out.push({
        rule: "W3.proactive",
        severity: "warning",
        field: f.field,
        message: `${describeField(template, f.field)}：文中${quoteOf(fact.quote)}说${said}，但${describeCell(template, ref)}为 ${fmt(cell)}。`,
        cells: [ref],
      });
    }
  }
}
