import "server-only";
/**
 * Reports of a unit, and the draft save that is the authority over what is
 * stored: every save is parsed with the report schema, compared against the
 * version the editor started from (compare-and-set in the UPDATE's WHERE, so two
 * tabs or two people never overwrite each other silently), re-checked, and
 * refused unless the report is still being written (草稿/已退回).
 */
import { z } from "zod";
import { check, findingCounts, findingKey } from "@/lib/check";
import { reportFromPrevious } from "@/lib/report/from-previous";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { draftPreamble } from "@/lib/report/preamble";
import { parseReport } from "@/lib/report/schema";
import type { Acknowledgements, Report } from "@/lib/report/types";
import { formatForYear, ORGAN_KIND_IDS, type OrganKind } from "@/lib/template";
import { EDITABLE_STATUSES, isEditable } from "@/lib/workflow/statuses";
import type { ActingUser } from "./acting-user";
import { isVisibleOrganization, visibleReportWhere } from "./access";
import { can, REFUSALS } from "./permissions";
import { readableReportFor } from "./report-record";
import { db } from "./db";

export type { Acknowledgements };

export interface ReportSummary {
  id: string;
  year: number;
  format: string;
  status: string;
  organizationId: string;
  organizationName: string;
  errorCount: number;
  warningCount: number;
  updatedAt: Date;
  /** While 已退回: the supervisor's reason (退回修改 or 重新打开), shown in the list row. */
  returnReason: string | null;
}

export async function listReports(user: ActingUser): Promise<ReportSummary[]> {
  const rows = await db.report.findMany({
    where: await visibleReportWhere(user),
    include: {
      organization: { select: { name: true } },
      events: { where: { toStatus: "returned" }, orderBy: { createdAt: "desc" }, take: 1, select: { comment: true } },
    },
    orderBy: [{ year: "desc" }, { organizationId: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    format: r.format,
    status: r.status,
    organizationId: r.organizationId,
    organizationName: r.organization.name,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    updatedAt: r.updatedAt,
    returnReason: r.status === "returned" ? (r.events[0]?.comment ?? null) : null,
  }));
}

export type CreateResult =
  | { ok: true; id: string }
  | { ok: false; message: string; existingId?: string };

const createInput = z.object({
  year: z.coerce
    .number({ error: "请填写年度。" })
    .int("年度应为四位整数。")
    .refine((y) => formatForYear(y) !== undefined, "2019 年以前没有国家统一格式，无法创建。"),
  fromPrevious: z.boolean().default(false),
});

export async function createReport(user: ActingUser, input: unknown): Promise<CreateResult> {
  const parsed = createInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "输入有误。" };
  const { year, fromPrevious } = parsed.data;
  const latest = new Date().getFullYear() + 1;
  if (year > latest) return { ok: false, message: `年度不能晚于 ${latest} 年。` };
  if (!can(user, "report.create") || !user.organizationId) return { ok: false, message: REFUSALS["report.create"] };

  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId: user.organizationId, year } } });
  if (existing) return { ok: false, message: existsMessage(year), existingId: existing.id };

  const { name: orgName, kind: organKind } = await organOfUnit(user);
  if (fromPrevious) {
    const previous = await previousReport(user, { organizationId: user.organizationId, year });
    if (!previous) return { ok: false, message: `本单位没有 ${year - 1} 年度报告，无法以上年报告为基础。` };
    const report = reportFromPrevious(previous, { year, organName: orgName, organKind });
    return storeNewReport(user, report, { previous, note: "以上年报告为基础新建" });
  }
  const report = emptyReport({ year, organName: orgName, organKind });
  report.meta.signedBy = orgName;
  report.text.preamble = draftPreamble(report);
  return storeNewReport(user, report, { note: "新建" });
}

/**
 * Inserts a new report of the user's unit with its counts and the creation
 * event (its note says how it was made), in one statement. The unique key
 * (organizationId, year) decides between two racing creations.
 */
export async function storeNewReport(
  user: ActingUser,
  report: Report,
  opts: { previous?: Report; note: string },
): Promise<CreateResult> {
  if (!can(user, "report.create") || !user.organizationId) return { ok: false, message: REFUSALS["report.create"] };
  const organizationId = user.organizationId;
  const year = report.year;
  const findings = check(report, opts.previous);
  try {
    const created = await db.report.create({
      data: {
        organizationId,
        year,
        format: report.format,
        data: JSON.stringify(report),
        updatedById: user.id,
        ...findingCounts(findings),
        events: { create: { actorId: user.id, actorName: user.name, fromStatus: "", toStatus: "draft", comment: opts.note } },
      },
    });
    return { ok: true, id: created.id };
  } catch (e) {
    const again = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } } });
    if (again) return { ok: false, message: existsMessage(year), existingId: again.id };
    throw e;
  }
}

/** The clerk's unit's name and organ kind as the Organization record has them: what a new report of the unit calls its organ. */
export async function organOfUnit(user: ActingUser): Promise<{ name: string; kind: OrganKind }> {
  if (!can(user, "report.create") || !user.organizationId) throw new Error(REFUSALS["report.create"]);
  const org = await db.organization.findUniqueOrThrow({ where: { id: user.organizationId } });
  const kind: OrganKind = (ORGAN_KIND_IDS as string[]).includes(org.kind) ? (org.kind as OrganKind) : "other";
  return { name: org.name, kind };
}

export const existsMessage = (year: number) => `本单位 ${year} 年度报告已存在，每个单位每年只有一份报告。`;

/**
 * The report of the year before `of.year` of the unit `of.organizationId`, parsed, if the user may see that
 * unit's reports; undefined if none, not visible or unreadable. A clerk's own unit costs no extra query.
 */
export async function previousReport(user: ActingUser, of: { organizationId: string; year: number }): Promise<Report | undefined> {
  const { organizationId, year } = of;
  const visible = await isVisibleOrganization(user, organizationId);
  if (!visible) return undefined;
  const row = await db.report.findUnique({ where: { organizationId_year: { organizationId, year: year - 1 } } });
  if (!row) return undefined;
  try {
    const parsed = parseReport(JSON.parse(row.data));
    return parsed.ok ? parsed.report : undefined;
  } catch {
    return undefined;
  }
}

export interface EditableReport {
  id: string;
  status: string;
  version: number;
  organizationId: string;
  organizationName: string;
  report: Report;
  acknowledgements: Acknowledgements;
  previous?: Report;
  editable: boolean;
  updatedAt: string;
}

export async function loadReportForEditing(user: ActingUser, id: string): Promise<EditableReport | null> {
  const record = await readableReportFor(user, id, "view");
  if (!record) return null;
  const { row, report } = record;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    report,
    acknowledgements: parseAcknowledgements(row.acknowledgements),
    previous: await previousReport(user, row),
    editable: can(user, "report.edit", row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The stored reasons for confirmed warnings; anything unreadable counts as none confirmed. */
export function parseAcknowledgements(json: string): Acknowledgements {
  try {
    const v = acknowledgementsSchema.safeParse(JSON.parse(json));
    return v.success ? v.data : {};
  } catch {
    return {};
  }
}

const acknowledgementsSchema = z.record(
  z.string().max(300),
  z.string().trim().min(1, "确认提醒须写明理由。").max(500, "确认理由不超过 500 字。"),
);

const saveInput = z.object({
  baseVersion: z.number({ error: "缺少版本号。" }).int().min(1),
  data: z.unknown(),
  acknowledgements: acknowledgementsSchema.default({}),
});

export type SaveResult =
  | { ok: true; version: number; savedAt: string; errorCount: number; warningCount: number }
  | { ok: false; kind: "invalid"; message: string; errors: string[] }
  | { ok: false; kind: "notFound"; message: string }
  | { ok: false; kind: "locked"; message: string; status: string }
  | { ok: false; kind: "conflict"; message: string; currentVersion: number; updatedAt: string };

const LOCKED_WORDS: Record<string, string> = { submitted: "已提交审核", approved: "已通过审核", published: "已发布" };
const lockedMessage = (status: string) => `报告${LOCKED_WORDS[status] ?? "不在填写状态"}，不能再修改。`;

/** Saves a draft; changes nothing unless the whole payload is valid and the version still current. */
export async function saveDraft(user: ActingUser, id: string, input: unknown): Promise<SaveResult> {
  if (!can(user, "report.edit")) return { ok: false, kind: "notFound", message: REFUSALS["report.edit"] };
  // The same visibility as findVisibleReport, without the organisation join an autosave does not need.
  const row = await db.report.findFirst({
    where: { id, ...(await visibleReportWhere(user)) },
    select: { organizationId: true, year: true, format: true, status: true, organization: { select: { name: true } } },
  });
  if (!row) return { ok: false, kind: "notFound", message: REFUSALS["report.edit"] };

  const payload = saveInput.safeParse(input);
  if (!payload.success) {
    const errors = payload.error.issues.map((i) => i.message);
    return { ok: false, kind: "invalid", message: `保存内容有误：${errors[0]}`, errors };
  }
  const parsed = parseReport(payload.data.data);
  if (!parsed.ok) return { ok: false, kind: "invalid", message: `保存内容有误：${parsed.errors[0]}`, errors: parsed.errors };
  // The organ is the unit the report belongs to, whatever name the save carries.
  const report = fillDerived({ ...parsed.report, organ: { ...parsed.report.organ, name: row.organization.name } });
  if (report.year !== row.year || report.format !== row.format) {
    const m = "报告的年度和格式在新建时已确定，不能在保存时更改。";
    return { ok: false, kind: "invalid", message: m, errors: [m] };
  }
  if (!isEditable(row.status)) {
    return { ok: false, kind: "locked", status: row.status, message: lockedMessage(row.status) };
  }

  const findings = check(report, await previousReport(user, row));
  // Keep only acknowledgements of warnings that still exist, so a stale reason never hides a new problem.
  const warningKeys = new Set(findings.filter((f) => f.severity === "warning").map(findingKey));
  const acks = Object.fromEntries(Object.entries(payload.data.acknowledgements).filter(([k]) => warningKeys.has(k)));

  const savedAt = new Date();
  const stored = findingCounts(findings, acks);
  const updated = await db.report.updateMany({
    where: { id, version: payload.data.baseVersion, status: { in: [...EDITABLE_STATUSES] } },
    data: {
      data: JSON.stringify(report),
      acknowledgements: JSON.stringify(acks),
      version: { increment: 1 },
      updatedById: user.id,
      updatedAt: savedAt,
      ...stored,
    },
  });
  if (updated.count === 1) {
    // The WHERE matched baseVersion, so the stored version is now baseVersion + 1.
    return { ok: true, version: payload.data.baseVersion + 1, savedAt: savedAt.toISOString(), ...stored };
  }
  const now = await db.report.findUniqueOrThrow({ where: { id } });
  if (!isEditable(now.status)) {
    return { ok: false, kind: "locked", status: now.status, message: lockedMessage(now.status) };
  }
  // Idempotent: the stored version already holds exactly this draft (this very save, committed but its
  // answer lost to a crash or a reload, then retried). A clerk's own save is never a conflict with itself.
  if (now.data === JSON.stringify(report) && now.acknowledgements === JSON.stringify(acks)) {
    return { ok: true, version: now.version, savedAt: now.updatedAt.toISOString(), errorCount: now.errorCount, warningCount: now.warningCount };
  }
  return {
    ok: false,
    kind: "conflict",
    currentVersion: now.version,
    updatedAt: now.updatedAt.toISOString(),
    message: "这份报告已在别处（另一个窗口或另一位同事）保存了更新的版本。",
  };
}
