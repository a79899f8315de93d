/**
 * "以上年报告为基础": a new year's report started from last year's. Clerks copy
 * last year's report anyway; doing it here keeps the format of
 * the new year (R6) and carries 四、结转下年度继续办理 into 二、上年结转 cell by
 * cell, which W1 then checks. The formats may differ (2020 → 2021): texts and
 * table 三's rows common to both still carry; table 二 starts empty because its
 * columns differ between formats and its numbers are this year's, except the stocks
 * (现行有效件数) that both formats have: they start at last year's figure, which W2
 * then expects when nothing was issued or repealed.
 */
import { findRequestNode, getTemplate, isGroup, type OrganKind } from "../template";
import { emptyReport } from "./empty";
import { fillDerivedInPlace } from "./fill-derived";
import { draftPreamble } from "./preamble";
import type { Report } from "./types";

export function reportFromPrevious(previous: Report, next: { year: number; organName: string; organKind: OrganKind }): Report {
  const report = emptyReport({ year: next.year, organName: next.organName, organKind: next.organKind });
  const t = getTemplate(report.format);
  const prevT = getTemplate(previous.format);

  report.meta = {
    ...(previous.meta.publishUrl ? { publishUrl: previous.meta.publishUrl } : {}),
    ...(previous.meta.contact ? { contact: { ...previous.meta.contact } } : {}),
    ...(previous.meta.signedBy ? { signedBy: previous.meta.signedBy } : {}),
  };
  report.text.overview = { ...report.text.overview, ...previous.text.overview };
  report.text.problems = previous.text.problems;
  report.text.other = previous.text.other;

  // Columns are matched by label so that a future format that reorders them still carries correctly.
  // 四 of last year's table 三 becomes 二 of this year's, whatever the formats call the rows.
  const over = findRequestNode(t, "carriedOver");
  const forward = findRequestNode(prevT, "carriedForward");
  const from = forward && !isGroup(forward) ? previous.tables.requests[forward.id] : undefined;
  if (over && !isGroup(over) && from) {
    const target = report.tables.requests[over.id];
    t.tables.requests.columns.forEach((col, i) => {
      if (col.derived) return;
      const j = prevT.tables.requests.columns.findIndex((c) => c.label === col.label);
      if (j >= 0) target[i] = from[j] ?? 0;
    });
  }
  for (const block of t.tables.proactive.blocks) {
    for (const field of block.fields.filter((f) => f.carriesOver)) {
      const carriedThere = prevT.tables.proactive.blocks.some((b) => b.fields.some((f) => f.key === field.key && f.carriesOver));
      if (!carriedThere) continue;
      for (const row of block.rows) {
        const before = previous.tables.proactive[row.key]?.[field.key];
        const here = report.tables.proactive[row.key];
        if (here && before != null) here[field.key] = before;
      }
    }
  }
  fillDerivedInPlace(report);
  report.text.preamble = draftPreamble(report);
  return report;
}
