import { formatForYear, getTemplate, leafRows, TEMPLATES, type FormatId, type OrganKind, type OverviewKey } from "../template";
import { REPORT_SCHEMA_ID, type Report } from "./types";

/** An empty report of the format the year requires: every cell 0, every text empty. */
export function emptyReport(opts: { year: number; organName: string; organKind?: OrganKind; format?: FormatId }): Report {
  // Before the first format (no template serves the year), the newest one; R6 then says why it is wrong.
  const format = opts.format ?? formatForYear(opts.year) ?? TEMPLATES[0].format;
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
      overview: { intro: "", ...(Object.fromEntries(t.overviewParts.map((p) => [p.key, ""])) as Record<OverviewKey, string>) },
      problems: "",
      other: "",
    },
    tables: { proactive, requests, appeals },
  };
}
