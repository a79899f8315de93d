"use server";
/**
 * The review's server actions (also used by the clerk's page for answering and
 * resolving comments). Thin: each asks the services, which decide who may do what.
 */
import { revalidatePath } from "next/cache";
import { getActingUser } from "@/lib/server/acting-user";
import { addComment, replyToComment, setCommentResolved } from "@/lib/server/comments-service";
import { remindUnits } from "@/lib/server/reminders-service";
import {
  approveReport,
  correctPublication,
  publishReport,
  reopenReport,
  returnReport,
  type WorkflowResult,
} from "@/lib/server/workflow-service";

export type ActionResult = { ok: true } | { ok: false; message: string };

function refresh(reportId?: string) {
  revalidatePath("/review");
  if (reportId) {
    revalidatePath(`/review/${reportId}`);
    revalidatePath(`/reports/${reportId}`);
  }
}

const done = (r: WorkflowResult | { ok: boolean; message?: string }, reportId?: string): ActionResult => {
  if (r.ok) {
    refresh(reportId);
    return { ok: true };
  }
  return { ok: false, message: (r as { message: string }).message };
};

export async function addCommentAction(reportId: string, anchor: string, body: string): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await addComment(user, reportId, { anchor, body }), reportId);
}

export async function replyCommentAction(reportId: string, commentId: string, body: string): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await replyToComment(user, commentId, body), reportId);
}

export async function resolveCommentAction(reportId: string, commentId: string, resolved: boolean): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await setCommentResolved(user, commentId, resolved), reportId);
}

export async function returnReportAction(reportId: string, comment: string): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await returnReport(user, reportId, comment), reportId);
}

export async function approveReportAction(reportId: string, comment: string, confirmOpenComments = false): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await approveReport(user, reportId, comment, { confirmOpenComments: confirmOpenComments === true }), reportId);
}

export async function correctPublicationAction(reportId: string, publishedAt: string, publishedUrl: string): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await correctPublication(user, reportId, { publishedAt, publishedUrl }), reportId);
}

export async function reopenReportAction(reportId: string, reason: string): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await reopenReport(user, reportId, typeof reason === "string" ? reason : ""), reportId);
}

export async function publishReportAction(reportId: string, publishedAt: string, publishedUrl: string): Promise<ActionResult> {
  const user = await getActingUser();
  return done(await publishReport(user, reportId, { publishedAt, publishedUrl }), reportId);
}

export type RemindActionResult = { ok: true; message: string } | { ok: false; message: string };

/** 催报 one unit (its id) or "all" units not yet submitted for the year. */
export async function remindAction(year: number, target: string): Promise<RemindActionResult> {
  const user = await getActingUser();
  const r = await remindUnits(user, Number(year), typeof target === "string" ? target : "");
  if (!r.ok) return r;
  revalidatePath("/review");
  revalidatePath("/reports");
  return { ok: true, message: `已催报 ${r.count} 个单位，填报人登录后即可看到。` };
}
