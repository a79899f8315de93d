import "server-only";
import { diffReports, type Change } from "../report/diff";
import { parseReport } from "../report/schema";
import type { Report } from "../report/types";
import { isEditable, statusLabel } from "../workflow/statuses";
import { transitionBetween } from "../workflow/transitions";
import { findVisibleReport } from "./access";
import type { ActingUser } from "./acting-user";
import { ROLE_LABELS, type Role } from "./acting-user";
import { db } from "./db";

export interface HistoryEntry {
  id: string;
  at: string;
  actorName: string;
  actorRole: string;
  from: string;
  to: string;
  /** "草稿 → 待审核" */
  step: string;
  comment: string | null;
}

/** "待审核 → 已退回"; a step that undoes or corrects a decision is named ("重新打开：已发布 → 已退回"). */
function stepLabel(from: string, to: string): string {
  const t = transitionBetween(from, to);
  if (t?.action === "correctPublication") return t.label;
  const arrow = `${statusLabel(from)} → ${statusLabel(to)}`;
  return t?.action === "reopen" ? `${t.label}：${arrow}` : arrow;
}

/**
 * Why the report is back with the clerk: the reason of the latest 退回修改 or 重新打开, while
 * it is 已退回. Headed by who and when so the clerk sees it before the comments.
 */
export interface ReturnNotice {
  reason: string | null;
  at: string;
  actorName: string;
  reopened: boolean;
}

export async function returnNotice(user: ActingUser, reportId: string): Promise<ReturnNotice | null> {
  const row = await findVisibleReport(user, reportId);
  if (!row || row.status !== "returned") return null;
  const e = await db.reportEvent.findFirst({ where: { reportId: row.id, toStatus: "returned" }, orderBy: { createdAt: "desc" } });
  if (!e) return null;
  const actor = await db.user.findUnique({ where: { id: e.actorId }, select: { name: true } });
  return { reason: e.comment, at: e.createdAt.toISOString(), actorName: actor?.name ?? "", reopened: transitionBetween(e.fromStatus, e.toStatus)?.action === "reopen" };
}

/** Every workflow step of a report, oldest first; null if the report is not the user's to see. */
export async function reportHistory(user: ActingUser, reportId: string): Promise<HistoryEntry[] | null> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return null;
  const events = await db.reportEvent.findMany({ where: { reportId: row.id }, orderBy: { createdAt: "asc" } });
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(events.map((e) => e.actorId))] } },
    select: { id: true, name: true, role: true },
  });
  const who = new Map(actors.map((a) => [a.id, a]));
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt.toISOString(),
    // The name as it was when the step was taken (older rows without one: the name now).
    actorName: e.actorName || (who.get(e.actorId)?.name ?? ""),
    actorRole: ROLE_LABELS[(who.get(e.actorId)?.role ?? "clerk") as Role] ?? "",
    from: e.fromStatus,
    to: e.toStatus,
    // The creation event (no from-status) carries how it was created ("新建", "以上年报告为基础新建") as its note.
    step: e.fromStatus ? stepLabel(e.fromStatus, e.toStatus) : (e.comment ?? "新建"),
    comment: e.fromStatus ? e.comment : null,
  }));
}

export interface ChangesView {
  /** When the version compared against was submitted. */
  since: string;
  changes: Change[];
}

function parse(json: string): Report | undefined {
  try {
    const p = parseReport(JSON.parse(json));
    return p.ok ? p.report : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What changed since the previous submission. Under review (待审核 and later) the
 * current content is the latest snapshot, so it is compared with the one before;
 * while the clerk edits (草稿/已退回) the current draft is compared with the last
 * submission. null: not visible, or nothing submitted before (first submission).
 */
export async function changesSinceLastSubmission(user: ActingUser, reportId: string): Promise<ChangesView | null> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return null;
  const snapshots = await db.reportSnapshot.findMany({ where: { reportId: row.id }, orderBy: { createdAt: "desc" }, take: 2 });
  const underReview = !isEditable(row.status);
  const base = underReview ? snapshots[1] : snapshots[0];
  if (!base) return null;
  const before = parse(base.data);
  const after = parse(row.data);
  if (!before || !after) return null;
  return { since: base.createdAt.toISOString(), changes: diffReports(before, after) };
}
