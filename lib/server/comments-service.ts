import "server-only";
import { z } from "zod";
import { parseReport } from "../report/schema";
import { anchorLabel } from "../workflow/anchors";
import { findVisibleReport } from "./access";
import type { ActingUser } from "./acting-user";
import { db } from "./db";
import { can, REFUSALS } from "./permissions";

export interface CommentView {
  id: string;
  anchor: string;
  /** The place in the template's words. */
  anchorLabel: string;
  body: string;
  authorName: string;
  authorRole: string;
  createdAt: string;
  resolved: boolean;
  replies: { id: string; body: string; authorName: string; authorRole: string; createdAt: string }[];
}

export type CommentResult = { ok: true; id: string } | { ok: false; message: string };

const NOT_FOUND = { ok: false as const, message: "报告不存在" };

/** Comments of a report the user may see, threads in order; null if the report is not theirs to see. */
export async function listComments(user: ActingUser, reportId: string): Promise<CommentView[] | null> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return null;
  const parsed = parseReport(JSON.parse(row.data));
  const rows = await db.reportComment.findMany({ where: { reportId: row.id }, orderBy: { createdAt: "asc" } });
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
    select: { id: true, name: true, role: true },
  });
  const who = new Map(authors.map((a) => [a.id, a]));
  const top = rows.filter((r) => !r.parentId);
  return top.map((c) => ({
    id: c.id,
    anchor: c.anchor,
    anchorLabel: (parsed.ok ? anchorLabel(parsed.report, c.anchor) : undefined) ?? c.anchor,
    body: c.body,
    authorName: who.get(c.authorId)?.name ?? "",
    authorRole: who.get(c.authorId)?.role ?? "",
    createdAt: c.createdAt.toISOString(),
    resolved: c.resolved,
    replies: rows
      .filter((r) => r.parentId === c.id)
      .map((r) => ({
        id: r.id,
        body: r.body,
        authorName: who.get(r.authorId)?.name ?? "",
        authorRole: who.get(r.authorId)?.role ?? "",
        createdAt: r.createdAt.toISOString(),
      })),
  }));
}

const bodySchema = z
  .string({ error: "请填写批注内容" })
  .trim()
  .min(1, "请填写批注内容")
  .max(2000, "批注不超过 2000 字");

/** A supervisor's comment on a cell or a section, while the report is before them (待审核). */
export async function addComment(user: ActingUser, reportId: string, input: { anchor: unknown; body: unknown }): Promise<CommentResult> {
  const row = await findVisibleReport(user, reportId);
  if (!row) return NOT_FOUND;
  if (!can(user, "comment.add")) return { ok: false, message: REFUSALS["comment.add"] };
  if (row.status !== "submitted") return { ok: false, message: "只能对待审核的报告添加批注" };
  const body = bodySchema.safeParse(input.body);
  if (!body.success) return { ok: false, message: body.error.issues[0].message };
  const parsed = parseReport(JSON.parse(row.data));
  const anchor = typeof input.anchor === "string" ? input.anchor : "";
  if (!parsed.ok || !anchorLabel(parsed.report, anchor)) return { ok: false, message: "批注位置无效" };
  const c = await db.reportComment.create({ data: { reportId: row.id, authorId: user.id, anchor, body: body.data } });
  return { ok: true, id: c.id };
}

/** The comment, if it belongs to a report the user may see. */
async function visibleComment(user: ActingUser, commentId: string) {
  const c = await db.reportComment.findUnique({ where: { id: commentId } });
  if (!c) return null;
  const row = await findVisibleReport(user, c.reportId);
  return row ? { comment: c, report: row } : null;
}

/** The clerk answers a comment (or the supervisor follows up): a reply in the same thread. */
export async function replyToComment(user: ActingUser, commentId: string, bodyInput: unknown): Promise<CommentResult> {
  const found = await visibleComment(user, commentId);
  if (!found) return { ok: false, message: "批注不存在" };
  if (!can(user, "comment.answer")) return { ok: false, message: REFUSALS["comment.answer"] };
  const body = bodySchema.safeParse(bodyInput);
  if (!body.success) return { ok: false, message: body.error.issues[0].message.replace("批注", "回复") };
  const parentId = found.comment.parentId ?? found.comment.id;
  const c = await db.reportComment.create({
    data: { reportId: found.report.id, authorId: user.id, anchor: found.comment.anchor, body: body.data, parentId },
  });
  return { ok: true, id: c.id };
}

/** Marks a comment thread done (or open again): the unit's clerk or a supervisor. */
export async function setCommentResolved(user: ActingUser, commentId: string, resolved: boolean): Promise<CommentResult> {
  const found = await visibleComment(user, commentId);
  if (!found || !can(user, "comment.answer")) return { ok: false, message: REFUSALS["comment.answer"] };
  const id = found.comment.parentId ?? found.comment.id;
  await db.reportComment.update({ where: { id }, data: { resolved: Boolean(resolved) } });
  return { ok: true, id };
}
