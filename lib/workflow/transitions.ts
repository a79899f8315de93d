import type { Role } from "./roles";
import { EDITABLE_STATUSES, statusLabel, type ReportStatus } from "./statuses";

export type WorkflowAction = "submit" | "return" | "approve" | "publish";

export interface Transition {
  action: WorkflowAction;
  from: readonly ReportStatus[];
  to: ReportStatus;
  /** Who may take it: the clerk submits their own unit's report, the supervisor decides and records publication. */
  role: Role;
  label: string;
}

/** The allowed transitions as data: anything not listed here is refused, whoever asks. */
export const TRANSITIONS: readonly Transition[] = [
  { action: "submit", from: EDITABLE_STATUSES, to: "submitted", role: "clerk", label: "提交审核" },
  { action: "return", from: ["submitted"], to: "returned", role: "supervisor", label: "退回修改" },
  { action: "approve", from: ["submitted"], to: "approved", role: "supervisor", label: "审核通过" },
  { action: "publish", from: ["approved"], to: "published", role: "supervisor", label: "标记已发布" },
];

export type TransitionCheck = { ok: true; to: ReportStatus } | { ok: false; message: string };

/** Whether `role` may take `action` on a report in `from`; the refusal says why in Chinese. */
export function checkTransition(role: string, action: WorkflowAction, from: string): TransitionCheck {
  const t = TRANSITIONS.find((x) => x.action === action);
  if (!t) return { ok: false, message: "未知的操作" };
  if (t.role !== role) {
    return { ok: false, message: t.role === "clerk" ? `只有本单位填报人可以${t.label}` : `只有审核人可以${t.label}` };
  }
  if (!(t.from as readonly string[]).includes(from)) {
    return { ok: false, message: `报告当前状态为“${statusLabel(from)}”，不能${t.label}` };
  }
  return { ok: true, to: t.to };
}

/** The actions `role` may take now: the buttons to show. */
export function availableActions(role: string, from: string): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.role === role && (t.from as readonly string[]).includes(from)).map((t) => t.action);
}
