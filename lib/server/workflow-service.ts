import "server-only";
import { check, findingCounts } from "../check";
import { parseReport } from "../report/schema";
import { checkTransition, type WorkflowAction } from "../workflow/transitions";
import { findVisibleReport } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { parseAcknowledgements, previousReport } from "./report-service";

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
  if (user.role !== "clerk" || row.organizationId !== user.organizationId) {
    return { ok: false, message: "只有本单位填报人可以提交审核" };
  }
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

  const findings = check(parsed.report, await previousReport(row.organizationId, row.year));
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
      data: { status: allowed.to, errorCount: 0, warningCount: 0, updatedById: user.id },
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
  return db.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: row.id, status: row.status },
      data: { status: allowed.to, ...extra },
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

export function approveReport(user: ActingUser, reportId: string, comment?: string): Promise<WorkflowResult> {
  return supervisorTransition(user, reportId, "approve", comment);
}

/** 标记已发布: 《条例》第五十条 — the date and the address where it was published are recorded. */
export async function publishReport(
  user: ActingUser,
  reportId: string,
  input: { publishedAt: string; publishedUrl: string },
): Promise<WorkflowResult> {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input.publishedAt ?? "") ? new Date(`${input.publishedAt}T00:00:00+08:00`) : null;
  if (!date || Number.isNaN(date.getTime())) return { ok: false, message: "请填写发布日期（年-月-日）" };
  const url = (input.publishedUrl ?? "").trim();
  if (!/^https?:\/\/[^\s]+\.[^\s]+$/i.test(url)) return { ok: false, message: "请填写完整的发布网址，以 http:// 或 https:// 开头" };
  return supervisorTransition(user, reportId, "publish", undefined, { publishedAt: date, publishedUrl: url });
}
