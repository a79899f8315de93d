import "server-only";
import { check, findingCounts } from "../check";
import { isRolledUp } from "../report/rollup";
import { parseReport } from "../report/schema";
import { chineseDay, isPublishUrl, parsePublishDate, publicationChange, publishDateProblem } from "../workflow/publication";
import { checkTransition, type WorkflowAction } from "../workflow/transitions";
import { findVisibleReport } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { can, REFUSALS } from "./permissions";
import { parseAcknowledgements, previousReport } from "./report-service";
import { rollupColumn } from "./rollup-store";

export type WorkflowResult = { ok: true } | { ok: false; message: string };

const NOT_FOUND: WorkflowResult = { ok: false, message: "报告不存在" };

/**
 * 提交审核: only the unit's clerk, only from 草稿/已退回, only when the checker finds
 * no error and every warning carries the clerk's reason. Snapshot, event and status
 * change happen together or not at all.
 */
export async function submitReport(user: ActingUser, reportId: string): Promise<WorkflowResult> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return NOT_FOUND;
  if (!can(user, "report.submit", row)) return { ok: false, message: REFUSALS["report.submit"] };
  const allowed = checkTransition(user.role, "submit", row.status);
  if (!allowed.ok) return allowed;

  let data: unknown;
  try {
    data = JSON.parse(row.data);
  } catch {
    return { ok: false, message: "报告内容已损坏，无法提交" };
  }
  const parsed = parseReport(data);
  if (!parsed.ok) return { ok: false, message: `报告内容不完整：${parsed.errors[0] ?? ""}` };

  const findings = check(parsed.report, await previousReport(user, row));
  // parseAcknowledgements keeps only reasons that are not blank.
  const { errorCount, warningCount } = findingCounts(findings, parseAcknowledgements(row.acknowledgements));
  if (errorCount > 0) return { ok: false, message: `尚有 ${errorCount} 处错误，不能提交` };
  if (warningCount > 0) {
    return { ok: false, message: `尚有 ${warningCount} 处提醒未说明原因，请逐条填写原因后再提交` };
  }

  // Guarded by status and version so that a concurrent save or a double click cannot submit twice.
  return db.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: row.id, status: row.status, version: row.version },
      // Counts as report-service stores them: errors, and warnings still without a reason (none, by now).
      // submittedAt: the first hand-in only (the deadline is measured against it); a resubmission keeps it.
      data: { status: allowed.to, errorCount: 0, warningCount: 0, updatedById: user.id, submittedAt: row.submittedAt ?? new Date() },
    });
    if (updated.count !== 1) return { ok: false, message: "报告已被修改，请刷新后重试" } as WorkflowResult;
    await tx.reportSnapshot.create({ data: { reportId: row.id, version: row.version, data: row.data } });
    await tx.reportEvent.create({
      data: { reportId: row.id, actorId: user.id, actorName: user.name, fromStatus: row.status, toStatus: allowed.to },
    });
    return { ok: true } as WorkflowResult;
  });
}

async function supervisorTransition(
  user: ActingUser,
  reportId: string,
  action: Exclude<WorkflowAction, "submit">,
  comment: string | undefined,
  extra: { publishedAt?: Date; publishedUrl?: string } = {},
): Promise<WorkflowResult> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return NOT_FOUND;
  const allowed = checkTransition(user.role, action, row.status);
  if (!allowed.ok) return allowed;
  const note = comment?.trim() || null;
  if (allowed.transition.reasonRequired && !note) return { ok: false, message: `${allowed.transition.label}时请写明原因，填报人会看到` };
  return db.$transaction(async (tx) => {
    // The roll-up goes with the status: an accepted report adds its tables to the totals, a
    // reopened one takes them out again, in the same transaction as the step.
    const rollup = isRolledUp(allowed.to) ? (row.rollup && isRolledUp(row.status) ? row.rollup : rollupColumn(row.data)) : null;
    const updated = await tx.report.updateMany({
      where: { id: row.id, status: row.status },
      data: { status: allowed.to, rollup, ...extra },
    });
    if (updated.count !== 1) return { ok: false, message: "报告状态已变化，请刷新后重试" } as WorkflowResult;
    await tx.reportEvent.create({
      data: { reportId: row.id, actorId: user.id, actorName: user.name, fromStatus: row.status, toStatus: allowed.to, comment: note },
    });
    return { ok: true } as WorkflowResult;
  });
}

/** 退回修改: the supervisor sends it back; the reason goes into the history, cell remarks are comments. */
export async function returnReport(user: ActingUser, reportId: string, comment?: string): Promise<WorkflowResult> {
  if (!comment?.trim()) {
    const row = await findVisibleReport(user, reportId);
    if (!row) return NOT_FOUND;
    const c = await db.reportComment.count({ where: { reportId, resolved: false, parentId: null } });
    if (c === 0) return { ok: false, message: "退回时请写明退回原因，或在报告中添加批注" };
  }
  return supervisorTransition(user, reportId, "return", comment);
}

/**
 * 审核通过. With comments still open the supervisor must confirm (the page lists them first);
 * the history then says how many were open.
 */
export async function approveReport(
  user: ActingUser,
  reportId: string,
  comment?: string,
  opts: { confirmOpenComments?: boolean } = {},
): Promise<WorkflowResult> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return NOT_FOUND;
  const allowed = checkTransition(user.role, "approve", row.status);
  if (!allowed.ok) return allowed;
  const open = await db.reportComment.count({ where: { reportId: row.id, resolved: false, parentId: null } });
  if (open > 0 && !opts.confirmOpenComments) {
    return { ok: false, message: `尚有 ${open} 条批注未解决，请确认后再审核通过` };
  }
  const note = [comment?.trim(), open > 0 ? `（审核通过时尚有 ${open} 条批注未解决）` : ""].filter(Boolean).join("");
  return supervisorTransition(user, reportId, "approve", note);
}

/** When the report was last approved: a publication cannot be earlier. */
async function approvedAt(reportId: string): Promise<Date | null> {
  const e = await db.reportEvent.findFirst({ where: { reportId, toStatus: "approved" }, orderBy: { createdAt: "desc" } });
  return e?.createdAt ?? null;
}

type PublicationInput = { publishedAt: string; publishedUrl: string };

/** The date and address checked: a real date, not in the future, after the year, not before the approval. */
async function validPublication(
  row: { id: string; year: number },
  input: PublicationInput,
): Promise<{ ok: true; publishedAt: Date; publishedUrl: string } | { ok: false; message: string }> {
  const date = parsePublishDate(input.publishedAt);
  if (!date) return { ok: false, message: "请填写发布日期（年-月-日）" };
  const url = (input.publishedUrl ?? "").trim();
  if (!isPublishUrl(url)) return { ok: false, message: "请填写完整的发布网址，以 http:// 或 https:// 开头" };
  const problem = publishDateProblem(row.year, date, await approvedAt(row.id));
  if (problem) return { ok: false, message: problem };
  return { ok: true, publishedAt: date, publishedUrl: url };
}

/** 标记已发布: 《条例》第四十九条 — the date and the address where it was published are recorded. */
export async function publishReport(user: ActingUser, reportId: string, input: PublicationInput): Promise<WorkflowResult> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return NOT_FOUND;
  const allowed = checkTransition(user.role, "publish", row.status);
  if (!allowed.ok) return allowed;
  const v = await validPublication(row, input);
  if (!v.ok) return v;
  return supervisorTransition(user, reportId, "publish", `发布日期 ${chineseDay(v.publishedAt)}；发布网址 ${v.publishedUrl}`, {
    publishedAt: v.publishedAt,
    publishedUrl: v.publishedUrl,
  });
}

/** 更正发布信息: a typo in the date or the address is put right; the history keeps the old and the new. */
export async function correctPublication(user: ActingUser, reportId: string, input: PublicationInput): Promise<WorkflowResult> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return NOT_FOUND;
  const allowed = checkTransition(user.role, "correctPublication", row.status);
  if (!allowed.ok) return allowed;
  const v = await validPublication(row, input);
  if (!v.ok) return v;
  const change = publicationChange(row, v);
  if (!change) return { ok: false, message: "发布日期和网址都没有变化" };
  return supervisorTransition(user, reportId, "correctPublication", change, { publishedAt: v.publishedAt, publishedUrl: v.publishedUrl });
}

/** 重新打开: an approved or published report goes back to the clerk (已退回) with the supervisor's reason. */
export function reopenReport(user: ActingUser, reportId: string, reason: string): Promise<WorkflowResult> {
  return supervisorTransition(user, reportId, "reopen", reason);
}
