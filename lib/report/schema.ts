/**
 * The Zod schema of REPORT-JSON (docs/report-json.md), built from the template data, shared by the
 * forms, the server and the CLI. It guards shape and types; the values (R5:
 * negative, fractional or blank counts) are the checker's business, so that a
 * clerk's half-finished draft still saves and shows its findings.
 */
import { z } from "zod";
import {
  FORMAT_IDS,
  getTemplate,
  leafRows,
  ORGAN_KIND_IDS,
  TEMPLATES,
  type FormatId,
  type Template,
} from "../template";
import { describeField, tableName } from "./describe";
import { blankOr, FIELD_RULES } from "./field-rules";
import { REPORT_SCHEMA_ID, type Report } from "./types";

const cell = z.number().finite().nullable();
const text = FIELD_RULES.text("正文").default("");
const optionalText = FIELD_RULES.text("正文").optional();
/** A 基本信息 field: absent, blank, or a value its rule accepts (the same rule as the form's). */
const metaField = (rule: z.ZodType<string, string>) => blankOr(rule).optional();

function tablesSchema(t: Template) {
  const proactiveRows: Record<string, z.ZodType> = {};
  for (const block of t.tables.proactive.blocks) {
    for (const row of block.rows) {
      proactiveRows[row.key] = z.strictObject(Object.fromEntries(block.fields.map((f) => [f.key, cell])));
    }
  }
  const width = t.tables.requests.columns.length;
  const requests = Object.fromEntries(leafRows(t.tables.requests.rows).map((r) => [r.id, z.array(cell).length(width)]));
  const appealsWidth = t.tables.appeals.columns.length;
  const appeals = Object.fromEntries(t.tables.appeals.groups.map((g) => [g.key, z.array(cell).length(appealsWidth)]));
  return z.strictObject({
    proactive: z.strictObject(proactiveRows),
    requests: z.strictObject(requests),
    appeals: z.strictObject(appeals),
  });
}

function reportSchemaOf(t: Template) {
  // Keys the format does not know are dropped (z.object strips), except in the tables, where
  // they mean the wrong format and are refused with a message saying so.
  return z.object({
    schema: z.literal(REPORT_SCHEMA_ID),
    format: z.literal(t.format),
    year: z.number().int().min(1990).max(2200),
    organ: z.object({
      name: FIELD_RULES.organName,
      kind: z.enum(ORGAN_KIND_IDS),
    }),
    meta: z
      .object({
        publishUrl: metaField(FIELD_RULES.publishUrl),
        contact: z
          .object({
            office: metaField(FIELD_RULES.office),
            address: metaField(FIELD_RULES.address),
            postcode: metaField(FIELD_RULES.postcode),
            phone: metaField(FIELD_RULES.phone),
            email: metaField(FIELD_RULES.email),
          })
          .optional(),
        signedBy: metaField(FIELD_RULES.signedBy),
        signedOn: metaField(FIELD_RULES.date("落款日期")),
        period: z.object({ from: metaField(FIELD_RULES.date("统计期限开始日期")), to: metaField(FIELD_RULES.date("统计期限结束日期")) }).optional(),
      })
      .default({}),
    text: z.object({
      preamble: text,
      overview: z.object({
        intro: optionalText,
        ...Object.fromEntries(t.overviewParts.map((p) => [p.key, text])),
      }),
      problems: text,
      other: text,
    }),
    tables: tablesSchema(t),
  });
}

const schemas = new Map(TEMPLATES.map((t) => [t.format, reportSchemaOf(t)]));

/** The schema of one format (for a form that knows its format). */
export function reportSchemaFor(format: FormatId) {
  return schemas.get(format)!;
}

export type ParseResult = { ok: true; report: Report } | { ok: false; errors: string[] };

/** Parses untrusted input into a report, or Chinese messages that name each bad field. */
export function parseReport(input: unknown): ParseResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, errors: ["报告应为一个 JSON 对象。"] };
  }
  const format = (input as { format?: unknown }).format;
  if (!FORMAT_IDS.includes(format as FormatId)) {
    return {
      ok: false,
      errors: [`format（模板格式）应为 ${FORMAT_IDS.map((f) => `"${f}"`).join(" 或 ")}，实为 ${JSON.stringify(format) ?? "缺失"}。`],
    };
  }
  // reportInput: the messages quote what was there ("实为文字 \"3\""), and tell a wrong value from a missing one.
  const result = reportSchemaFor(format as FormatId).safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, report: result.data as unknown as Report };
  return { ok: false, errors: result.error.issues.map((i) => describeIssue(format as FormatId, i)) };
}

/* ---------- Chinese messages ---------- */

const TOP_FIELDS: Record<string, string> = {
  schema: "schema（格式标识）",
  format: "format（模板格式）",
  year: "year（年度）",
  organ: "organ（机关）",
  meta: "meta（基本信息）",
  text: "text（正文）",
  tables: "tables（表格）",
};

/** The texts by their section headings, the tables as 表二（主动公开政府信息情况）: from the template. */
function templateFieldNames(t: Template): Record<string, string> {
  const out: Record<string, string> = { "text.preamble": describeField(t, "text.preamble") };
  for (const s of t.sections) {
    if (s.text) out[`text.${s.text}`] = s.heading;
    if (s.table) out[`tables.${s.table}`] = `${tableName(t, s.table)}（${s.heading.replace(/^[一二三四五六七八九十]+、/, "")}）`;
  }
  return out;
}

/** A field path in words: "表三 （一）予以公开 · 社会公益组织 (tables.requests.granted[3])". */
export function describePath(format: FormatId, path: ReadonlyArray<PropertyKey>): string {
  const t = getTemplate(format);
  const dotted = path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[");
  const [a, b, c, d] = path.map((p) => (typeof p === "symbol" ? "" : p));
  const names = { ...TOP_FIELDS, ...templateFieldNames(t) };
  let words = names[path.slice(0, 2).join(".")] ?? names[String(a)] ?? "";
  if ((a === "meta" && b !== undefined) || (a === "organ" && b !== undefined)) words = describeField(t, path.filter((p) => typeof p === "string").join("."));
  if (a === "text" && b === "overview" && typeof c === "string") words = describeField(t, `text.overview.${c}`);
  if (a === "tables" && b === "proactive" && typeof c === "string") {
    const block = t.tables.proactive.blocks.find((bl) => bl.rows.some((r) => r.key === c));
    const row = block?.rows.find((r) => r.key === c);
    const field = block?.fields.find((f) => f.key === d);
    words = `${tableName(t, "proactive")} ${row?.label ?? c}${field ? ` · ${field.label}` : ""}`;
  }
  if (a === "tables" && b === "requests" && typeof c === "string") {
    const row = leafRows(t.tables.requests.rows).find((r) => r.id === c);
    const col = typeof d === "number" ? t.tables.requests.columns[d] : undefined;
    words = `${tableName(t, "requests")} ${row?.text ?? c}${col ? ` · ${col.label}` : ""}`;
  }
  if (a === "tables" && b === "appeals" && typeof c === "string") {
    const g = t.tables.appeals.groups.find((x) => x.key === c);
    const col = typeof d === "number" ? t.tables.appeals.columns[d] : undefined;
    words = `${tableName(t, "appeals")} ${g?.label ?? c}${col ? ` · ${col.label}` : ""}`;
  }
  if (!dotted) return "报告";
  return words ? `${words}（${dotted}）` : dotted;
}

const TYPE_NAMES: Record<string, string> = {
  number: "数字",
  string: "文字",
  object: "对象",
  array: "数组",
  boolean: "是/否",
  null: "空值",
  undefined: "缺失",
};

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function describeIssue(format: FormatId, issue: z.core.$ZodIssue): string {
  const where = describePath(format, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return `${where}：缺少此项。`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const isCell = issue.path[0] === "tables" && issue.expected === "number";
      const got = TYPE_NAMES[typeOf(issue.input)] ?? typeOf(issue.input);
      return isCell
        ? `${where}：应填数字（空白填 null），实为${got} ${JSON.stringify(issue.input)}。`
        : `${where}：应为${expected}，实为${got}。`;
    }
    case "unrecognized_keys": {
      const other = FORMAT_IDS.filter((f) => f !== format);
      return `${where}：${format}年格式没有此项：${issue.keys.join("、")}${
        other.length ? `（请确认年度和格式：${other.join("、")}年格式的项目不能出现在${format}年格式的报告中）` : ""
      }。`;
    }
    case "too_small":
    case "too_big":
      if (issue.origin === "array") return `${where}：应有 ${String(issue.code === "too_small" ? issue.minimum : issue.maximum)} 个数。`;
      if (issue.origin === "string") return `${where}：${issue.message}`;
      return `${where}：超出允许的范围。`;
    case "invalid_value":
      if (issue.path[0] === "organ" && issue.path[1] === "kind") {
        return `${where}：应为 ${ORGAN_KIND_IDS.join("、")} 之一。`;
      }
      return `${where}：应为 ${issue.values.map((v) => JSON.stringify(v)).join(" 或 ")}。`;
    case "invalid_format":
      return `${where}：${issue.message}`;
    default:
      return `${where}：${issue.message}`;
  }
}
