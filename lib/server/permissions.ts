/**
 * Who may do what, in one place. Every service asks `can(user, action, target)` before it
 * acts; which unit's reports a user may see at all is access.ts's business (a report
 * outside that is "not found", whatever the action). The refusals are here too, in Chinese,
 * so the same refusal reads the same wherever it is met.
 */
import { isEditable } from "@/lib/workflow/statuses";
import type { ActingUser } from "./acting-user";

export type Action =
  /** 新建 / 导入 the unit's report for a year. */
  | "report.create"
  /** Change a draft (autosave): the unit's clerk, while it is 草稿 or 已退回. */
  | "report.edit"
  /** 提交审核: the unit's clerk. */
  | "report.submit"
  /** Two years of a unit side by side: the unit's clerk, or a supervisor of the unit (access.ts decides which units). */
  | "report.compare"
  /** The review page, the decisions, the dashboard: a supervisor. */
  | "report.review"
  /** A comment at a cell or a section: a supervisor. */
  | "comment.add"
  /** Answer a comment or mark its thread done: anyone who sees the report but the admin. */
  | "comment.answer"
  /** Units and accounts: the admin. */
  | "admin.manage";

/** What an action is about, where the answer depends on it. */
export interface Target {
  /** The unit the report belongs to. */
  organizationId?: string;
  /** The report's workflow status. */
  status?: string;
}

const ownUnit = (user: ActingUser, t: Target) => user.organizationId !== null && t.organizationId === user.organizationId;

const RULES: Record<Action, (user: ActingUser, target: Target) => boolean> = {
  "report.create": (u) => u.role === "clerk" && Boolean(u.organizationId),
  "report.edit": (u, t) => u.role === "clerk" && (t.organizationId === undefined || ownUnit(u, t)) && (t.status === undefined || isEditable(t.status)),
  "report.submit": (u, t) => u.role === "clerk" && ownUnit(u, t),
  "report.compare": (u, t) => (u.role === "clerk" && ownUnit(u, t)) || (u.role === "supervisor" && Boolean(u.organizationId)),
  "report.review": (u) => u.role === "supervisor" && Boolean(u.organizationId),
  "comment.add": (u) => u.role === "supervisor",
  "comment.answer": (u) => u.role !== "admin",
  "admin.manage": (u) => u.role === "admin",
};

export function can(user: ActingUser, action: Action, target: Target = {}): boolean {
  return RULES[action](user, target);
}

/** The refusal when `can` says no (and the report was visible). */
export const REFUSALS: Record<Action, string> = {
  "report.create": "只有单位填报人可以新建本单位的年度报告。",
  "report.edit": "找不到这份报告，或您无权修改。",
  "report.submit": "只有本单位填报人可以提交审核",
  "report.compare": "找不到这份报告，或您无权查看。",
  "report.review": "只有审核人可以审核报告",
  "comment.add": "只有审核人可以添加批注",
  "comment.answer": "批注不存在",
  "admin.manage": "只有管理员可以管理单位和账号",
};
