/**
 * Tables 二, 三 and 四 from the token stream of their sections, cell by cell,
 * by the template's labels. A row is its label followed by its cells; a
 * published total is taken as published (the checker must see a wrong sum);
 * a blank stays null; a row the template lacks is noted and skipped; rows
 * not found (a page cut off mid-table) stay null with one note per table.
 */
import { isGroup, leafRows, type CellKind, type CellRef, type RowLeaf, type RowNode, type Template } from "../../template";
import type { Cell, Report } from "../../report/types";
import type { ImportNote } from "../notes";
import { readCell, looksLikeValue } from "./cell-value";
import { cellName, tableName } from "./context";
import { core, labelScore, norm, withoutBrackets } from "./normalize";
import type { Token } from "./tokens";

const ROW_MATCH = 0.7;
const LABEL_DIFF_QUOTE = 60;

const quote = (s: string) => (s.length > LABEL_DIFF_QUOTE ? `${s.slice(0, LABEL_DIFF_QUOTE)}…` : s);

interface Candidate<T> {
  item: T;
  label: string;
}

function best<T>(text: string, candidates: Candidate<T>[]): { item: T; label: string; score: number } | undefined {
  let out: { item: T; label: string; score: number } | undefined;
  for (const c of candidates) {
    const score = labelScore(text, c.label);
    if (!out || score > out.score) out = { ...c, score };
  }
  return out;
}

/**
 * The cells after a label: the run of tokens that can stand in a number cell,
 * cut to `count`. A label cell spanning the label columns leaves an empty
 * cell before the numbers in a text copy, and the next row's covered cells
 * leave empties after them: trailing empties go first, then leading ones.
 */
function valuesAfter(tokens: Token[], at: number, count: number): { texts: string[]; end: number } {
  const run: string[] = [];
  let i = at + 1;
  while (i < tokens.length && run.length < count + 3 && cellLike(tokens[i].text)) run.push(tokens[i++].text);
  let lead = 0;
  let tail = run.length;
  while (tail - lead > count && run[tail - 1].trim() === "") tail--;
  while (tail - lead > count && run[lead].trim() === "") lead++;
  const texts = run.slice(lead, Math.min(tail, lead + count));
  // Tokens after the kept cells belong to the next row (its covered cells) or are padding.
  return { texts, end: at + 1 + lead + texts.length + (tail === run.length ? 0 : run.length - tail) };
}

/** A number cell, or a short word where a number should be ("两件"): read as a cell, noted as unsure. */
function cellLike(text: string): boolean {
  if (looksLikeValue(text)) return true;
  const t = text.trim();
  return t.length <= 6 && /[\d零一二两三四五六七八九十]/.test(t) && !/^[（(]?[一二三四五六七八九十\d]+[)）、.]/.test(t);
}

function hasNumber(texts: string[]): boolean {
  return texts.some((t) => t.trim() !== "");
}

/** Stores one published cell with its reading's notes. */
function put(template: Template, notes: ImportNote[], ref: CellRef, text: string | undefined, kind: CellKind, set: (v: Cell) => void) {
  if (text === undefined) return;
  const r = readCell(text, kind);
  set(r.value);
  if (r.unreadable) notes.push({ kind: "unsure", cell: ref, message: `${cellName(template, ref)}：“${quote(text.trim())}”不是数字，按空白处理。` });
  else if (r.interpreted) notes.push({ kind: "interpreted", cell: ref, message: `${cellName(template, ref)}：${r.interpreted}。` });
}

/** A published label that is not the template's word for word (brackets with filling instructions count). */
function labelDiffers(published: string, label: string): boolean {
  return norm(published) !== norm(label);
}

function labelNote(published: string, label: string): string {
  const sameWords = core(published) === core(label) || withoutBrackets(norm(published)) === withoutBrackets(norm(label));
  return sameWords && norm(published).length > norm(label).length
    ? `发布稿的标签“${quote(published)}”含模板的填报说明，按“${label}”读取`
    : `发布稿写作“${quote(published)}”，按模板的“${label}”读取`;
}

/* ---------- 表二 ---------- */

export function placeProactive(template: Template, tokens: Token[], tables: Report["tables"], notes: ImportNote[]): void {
  const t = template.tables.proactive;
  const rows = t.blocks.flatMap((block) => block.rows.map((row) => ({ item: { block, row }, label: row.label })));
  const captions = t.blocks.map((block) => ({ item: block, label: block.caption }));
  const found = new Set<string>();
  let pendingHeader: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (looksLikeValue(tok.text)) continue;
    if (norm(tok.text) === norm(t.itemHeader)) {
      pendingHeader = [];
      continue;
    }
    const caption = captions.find((c) => norm(c.label) === norm(tok.text));
    if (caption) {
      pendingHeader = null;
      continue;
    }
    const m = best(tok.text, rows);
    const after = valuesAfter(tokens, i, m ? m.item.block.fields.length : 1);
    if (!m || m.score < ROW_MATCH) {
      if (pendingHeader && !hasNumber(after.texts)) pendingHeader.push(tok.text);
      else if (hasNumber(after.texts)) {
        notes.push({ kind: "layout", section: "proactive", message: `${tableName(template, "proactive")}多出一行“${quote(tok.text)}”，模板没有这一行，已忽略。` });
        i = after.end - 1;
      }
      continue;
    }
    const { block, row } = m.item;
    if (found.has(row.key)) continue;
    found.add(row.key);
    if (pendingHeader) {
      block.fields.forEach((f, k) => {
        const h = pendingHeader![k];
        if (h !== undefined && labelDiffers(h, f.label)) {
          notes.push({ kind: "label-differs", section: "proactive", message: `${tableName(template, "proactive")} ${block.caption} 的表头：${labelNote(h, f.label)}。` });
        }
      });
      pendingHeader = null;
    }
    if (labelDiffers(tok.text, row.label)) {
      notes.push({ kind: "label-differs", cell: { table: "proactive", row: row.key, column: block.fields[0].key }, message: `${tableName(template, "proactive")}：${labelNote(tok.text, row.label)}。` });
    }
    block.fields.forEach((f, k) => {
      const ref: CellRef = { table: "proactive", row: row.key, column: f.key };
      put(template, notes, ref, after.texts[k], f.kind, (v) => (tables.proactive[row.key][f.key] = v));
    });
    if (after.texts.length < block.fields.length) {
      notes.push({ kind: "missing", section: "proactive", message: `${tableName(template, "proactive")} ${row.label}：发布稿只有 ${after.texts.length} 个数，缺的单元格留空。` });
    }
    i = after.end - 1;
  }
  const missing = rows.filter((r) => !found.has(r.item.row.key)).map((r) => r.label);
  if (missing.length) {
    notes.push({
      kind: "missing",
      section: "proactive",
      message: `${tableName(template, "proactive")}没有找到这些行：${missing.join("、")}（发布稿可能在此处中断，或没有这些行），其单元格留空。`,
    });
  }
}

/* ---------- 表三 ---------- */

interface RowCandidate {
  leaf?: RowLeaf;
  /** A group (（三）不予公开 …): its own label carries no cells, except a 2021 （六） published as one row. */
  group?: { children: RowLeaf[] };
}

function requestCandidates(nodes: RowNode[]): Candidate<RowCandidate>[] {
  const out: Candidate<RowCandidate>[] = [];
  for (const n of nodes) {
    if (isGroup(n)) {
      out.push({ item: { group: { children: leafRows(n.children) } }, label: n.text });
      out.push(...requestCandidates(n.children));
    } else out.push({ item: { leaf: n }, label: n.text });
  }
  return out;
}

export function placeRequests(template: Template, tokens: Token[], tables: Report["tables"], notes: ImportNote[]): void {
  const t = template.tables.requests;
  const leaves = leafRows(t.rows);
  const candidates = requestCandidates(t.rows);
  const width = t.columns.length;
  const found = new Set<string>();
  // The body starts at the first label that is a data row's label as printed; what comes before is the header.
  let body = tokens.findIndex((tok) => !looksLikeValue(tok.text) && leaves.some((l) => labelScore(tok.text, l.text) >= 0.9 && norm(tok.text).length >= 4));
  if (body < 0) body = tokens.length;
  headerNotes(template, tokens.slice(0, body), notes);
  const byGrid = gridColumns(template, tokens.slice(0, body), notes);
  for (let i = body; i < tokens.length; i++) {
    const tok = tokens[i];
    if (looksLikeValue(tok.text)) continue;
    const m = best(tok.text, candidates);
    const after = valuesAfter(tokens, i, width);
    if (!m || m.score < ROW_MATCH) {
      if (hasNumber(after.texts)) {
        notes.push({ kind: "layout", section: "requests", message: `${tableName(template, "requests")}多出一行“${quote(tok.text)}”，模板没有这一行，已忽略。` });
        i = after.end - 1;
      }
      continue;
    }
    let leaf = m.item.leaf;
    if (m.item.group) {
      if (!after.texts.length) continue;
      // A group printed as one row (the 2019 （六） in a 2021 report): its cells go to its last row (其他).
      leaf = m.item.group.children[m.item.group.children.length - 1];
      if (!leaf || found.has(leaf.id)) continue;
      // All zeros in the one row means none in any of its parts; otherwise only the sum is known.
      const zeros = after.texts.length > 0 && after.texts.every((x) => readCell(x, "count").value === 0);
      if (zeros) {
        for (const other of m.item.group.children.slice(0, -1)) {
          if (found.has(other.id)) continue;
          found.add(other.id);
          tables.requests[other.id].fill(0);
        }
      }
      notes.push({
        kind: "layout",
        section: "requests",
        message: `${tableName(template, "requests")}“${quote(tok.text)}”只有一行，没有分项；其数字记入 ${leaf.short} ${leaf.text}，${zeros ? "各分项均为 0" : "其余分项留空"}。`,
      });
    } else if (labelDiffers(tok.text, leaf!.text) && norm(tok.text) !== norm(leaf!.text.replace(/^(（[^）]+）)/, ""))) {
      notes.push({ kind: "label-differs", cell: { table: "requests", row: leaf!.id, column: 0 }, message: `${tableName(template, "requests")} ${leaf!.short}：${labelNote(tok.text, leaf!.text)}。` });
    }
    if (!leaf || found.has(leaf.id)) {
      i = after.end - 1;
      continue;
    }
    found.add(leaf.id);
    const row = tables.requests[leaf.id];
    const g = tok.grid;
    if (byGrid && g && byGrid.table === g.table) {
      // The header names the columns: each cell goes to the column its header names, an extra column is skipped.
      const cells = new Map<number, string>();
      for (let j = i + 1; j < tokens.length && tokens[j].grid?.table === g.table && tokens[j].grid?.row === g.row; j++) {
        const k = byGrid.columns.get(tokens[j].grid!.col);
        if (k !== undefined) cells.set(k, tokens[j].text);
        i = j;
      }
      t.columns.forEach((c, k) => put(template, notes, { table: "requests", row: leaf!.id, column: k }, cells.get(k), c.kind, (v) => (row[k] = v)));
      continue;
    }
    t.columns.forEach((c, k) => put(template, notes, { table: "requests", row: leaf!.id, column: k }, after.texts[k], c.kind, (v) => (row[k] = v)));
    if (after.texts.length < width) {
      notes.push({ kind: "missing", section: "requests", message: `${tableName(template, "requests")} ${leaf.short}：发布稿只有 ${after.texts.length} 个数（应有 ${width} 个），缺的单元格留空。` });
    }
    i = after.end - 1;
  }
  const missing = leaves.filter((l) => !found.has(l.id)).map((l) => l.short);
  if (missing.length) {
    notes.push({
      kind: "missing",
      section: "requests",
      message: `${tableName(template, "requests")}没有找到这些行：${missing.join("、")}（发布稿可能在此处中断），其单元格留空。`,
    });
  }
}

/** The header of table 三: a column label that is not the template's (商业机构, 科研企业) gets a note. */
function headerNotes(template: Template, header: Token[], notes: ImportNote[]): void {
  const t = template.tables.requests;
  const known = new Set<string>();
  const walk = (nodes: typeof t.header) => nodes.forEach((n) => (known.add(core(n.text)), n.children && walk(n.children)));
  walk(t.header);
  known.add(core(t.corner.text));
  // A column whose label is printed as is cannot be the one a misprinted label stands for.
  const printed = new Set(header.map((tok) => core(tok.text)));
  const open = t.columns.filter((col) => !printed.has(core(col.label)));
  for (const tok of header) {
    const c = core(tok.text);
    if (!c || known.has(c) || c.length > 12) continue;
    const m = best(tok.text, open.map((col) => ({ item: col, label: col.label })));
    if (m && m.score >= 0.5) {
      notes.push({ kind: "label-differs", section: "requests", message: `${tableName(template, "requests")}的表头：${labelNote(tok.text, m.label)}。` });
    }
  }
}

/**
 * Table 三's columns by its header, where the source has a grid: the grid
 * column of each leaf header (自然人 … 总计). Used only when the header
 * departs from the template's order or has a column the template lacks
 * (a 小计, say), which a reading in order would shift.
 */
function gridColumns(template: Template, header: Token[], notes: ImportNote[]): { table: number; columns: Map<number, number> } | undefined {
  const t = template.tables.requests;
  const groups = new Set<string>();
  const walk = (nodes: typeof t.header) => nodes.forEach((n) => n.children && (groups.add(core(n.text)), walk(n.children)));
  walk(t.header);
  groups.add(core(t.corner.text));
  const leaves = header.filter((tok) => tok.grid && tok.grid.colSpan === 1 && tok.text && !groups.has(core(tok.text)) && core(tok.text).length <= 12);
  if (!leaves.length) return undefined;
  const table = leaves[leaves.length - 1].grid!.table;
  const columns = new Map<number, number>();
  const extra: Token[] = [];
  const used = new Set<number>();
  for (const tok of leaves.filter((x) => x.grid!.table === table)) {
    let k = t.columns.findIndex((c, j) => !used.has(j) && core(c.label) === core(tok.text));
    if (k < 0) {
      const open = t.columns.map((c, j) => ({ item: j, label: c.label })).filter((c) => !used.has(c.item) && !leaves.some((l) => core(l.text) === core(c.label)));
      const m = best(tok.text, open);
      k = m && m.score >= 0.5 ? m.item : -1;
    }
    if (k < 0) extra.push(tok);
    else {
      used.add(k);
      columns.set(tok.grid!.col, k);
    }
  }
  // A grid without spans (text pasted one cell per line) has no geometry to trust; two headers on one column neither.
  const spans = header.some((tok) => tok.grid?.table === table && tok.grid.colSpan > 1);
  if (!spans || used.size !== t.columns.length || columns.size !== t.columns.length) return undefined;
  const order = [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([, k]) => k);
  const inOrder = order.every((k, j) => k === j);
  if (inOrder && !extra.length) return undefined;
  for (const tok of extra) {
    notes.push({ kind: "layout", section: "requests", message: `${tableName(template, "requests")}多出一列“${quote(tok.text)}”，模板没有这一列，已忽略。` });
  }
  if (!inOrder) notes.push({ kind: "layout", section: "requests", message: `${tableName(template, "requests")}的列序与模板不同，已按表头逐列对应。` });
  return { table, columns };
}

/* ---------- 表四 ---------- */

export function placeAppeals(template: Template, tokens: Token[], tables: Report["tables"], notes: ImportNote[]): void {
  const t = template.tables.appeals;
  const width = t.columns.length;
  const count = t.groups.length * width;
  const firstNumber = tokens.findIndex((tok) => looksLikeValue(tok.text) && tok.text.trim() !== "");
  const limit = firstNumber < 0 ? tokens.length : firstNumber;
  let start = -1;
  for (let i = 0; i < limit; i++) if (!looksLikeValue(tokens[i].text)) start = i;
  if (start < 0 && firstNumber < 0) {
    notes.push({ kind: "missing", section: "appeals", message: `没有找到${tableName(template, "appeals")}，其单元格留空。` });
    return;
  }
  const { texts } = valuesAfter(tokens, start, count);
  t.groups.forEach((g, gi) =>
    t.columns.forEach((c, k) =>
      put(template, notes, { table: "appeals", row: g.key, column: k }, texts[gi * width + k], c.kind, (v) => (tables.appeals[g.key][k] = v)),
    ),
  );
  if (texts.length < count) {
    notes.push({ kind: "missing", section: "appeals", message: `${tableName(template, "appeals")}只读到 ${texts.length} 个数（应有 ${count} 个），缺的单元格留空。` });
  }
}
