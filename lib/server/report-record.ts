import "server-only";
/**
 * One way to get a stored report for a user: visible to them (access.ts), allowed for what
 * they mean to do with it (permissions.ts), parsed with the report schema and its sums filled,
 * as the wizard, the review page and the downloads all show it. Another unit's report is
 * "not found" like a missing one, so ids leak nothing.
 */
import { fillDerived } from "@/lib/report/fill-derived";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import type { ActingUser } from "./acting-user";
import { findVisibleReport } from "./access";
import { can } from "./permissions";

/** view: read it (wizard, downloads); review: a supervisor's review page. */
export type ReportIntent = "view" | "review";

type StoredRow = NonNullable<Awaited<ReturnType<typeof findVisibleReport>>>;

export type ReportRecord =
  | { kind: "ok"; row: StoredRow; report: Report }
  | { kind: "notFound" }
  /** The stored data is not JSON any more. */
  | { kind: "broken" }
  /** The stored data no longer passes the schema; `errors` say why, in Chinese. */
  | { kind: "invalid"; errors: string[] };

export async function reportFor(user: ActingUser, id: string, intent: ReportIntent): Promise<ReportRecord> {
  if (intent === "review" && !can(user, "report.review")) return { kind: "notFound" };
  const row = await findVisibleReport(user, id);
  if (!row) return { kind: "notFound" };
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    return { kind: "broken" };
  }
  const parsed = parseReport(json);
  if (!parsed.ok) return { kind: "invalid", errors: parsed.errors };
  return { kind: "ok", row, report: fillDerived(parsed.report) };
}

/** For pages: the record, null when not found; a stored report that cannot be read is an error the page shows. */
export async function readableReportFor(user: ActingUser, id: string, intent: ReportIntent) {
  const r = await reportFor(user, id, intent);
  if (r.kind === "notFound") return null;
  if (r.kind === "broken") throw new Error("报告数据已损坏，无法读取。");
  if (r.kind === "invalid") throw new Error(`报告数据无法读取：${r.errors.join("；")}`);
  return r;
}
