import { formatForYear, getTemplate, leafRows, type FormatId, type OrganKind } from "../template";
import { REPORT_SCHEMA_ID, type Report } from "./types";

/** An empty report of the format the year requires: every cell 0, every text empty. */
export function emptyReport(opts: { year: number; organName: string; organKind?: OrganKind; format?: FormatId }): Report {
  const format = opts.format ?? formatForYear(opts.year) ?? "2021";
  const t = getTemplate(format);
  const proactive: Report["tables"]["proactive"] = {};
  for (const block of t.tables.proactive.blocks) {
    for (const row of block.rows) {
      proactive[row.key] = Object.fromEntries(block.fields.map((f) => [f.key, 0]));
    }
  }
  const requests = Object.fromEntries(
    leafRows(t.tables.requests.rows).map((r) => [r.id, t.tables.requests.columns.map(() => 0)]),
  );
  const appeals = Object.fromEntries(t.tables.appeals.groups.map((g) => [g.key, t.tables.appeals.columns.map(() => 0)]));
  return {
    schema: REPORT_SCHEMA_ID,
    format,
    year: opts.year,
    organ: { name: opts.organName, kind: opts.organKind ?? "township" },
    meta: {},
    text: {
      preamble: "",
      overview: { intro: "", proactive: "", onRequest: "", management: "", platforms: "", oversight: "" },
      problems: "",
      other: "",
    },
    tables: { proactive, requests, appeals },
  };
}
