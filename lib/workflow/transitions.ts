import type { Role } from "./roles";
import { EDITABLE_STATUSES, statusLabel, type ReportStatus } from "./statuses";

export type WorkflowAction = "submit" | "return" | "approve" | "publish" | "correctPublication" | "reopen";

export interface Transition {
  action: WorkflowAction;
  from: readonly ReportStatus[];
  to: ReportStatus;
  /** Who may take it: the clerk submits their own unit's report, the supervisor decides and records publication. */
  role: Role;
  label: string;
  /** What goes into the history besides who, when, from and to. */
  records: "nothing" | "comment" | "reason" | "publication" | "publicationChange";
  /** A reason the actor must give (and the clerk is shown): undoing a decision is never silent. */
  reasonRequired: boolean;
}

/**
 * The allowed transitions as data: anything not listed here is refused, whoever asks.
 * 退回 may also rest on the cell comments alone (the service checks that); 重新打开
 * takes an approved or published report back to the clerk (已退回) with a reason, so a
 * wrong approval or a report published with a mistake can be put right; 更正发布信息
 * keeps the report published and records the old and new date and address.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: "submit", from: EDITABLE_STATUSES, to: "submitted", role: "clerk", label: "提交审核", records: "nothing", reasonRequired: false },
  { action: "return", from: ["submitted"], to: "returned", role: "supervisor", label: "退回修改", records: "reason", reasonRequired: false },
  { action: "approve", from: ["submitted"], to: "approved", role: "supervisor", label: "审核通过", records: "comment", reasonRequired: false },
  { action: "publish", from: ["approved"], to: "published", role: "supervisor", label: "标记已发布", records: "publication", reasonRequired: false },
  {
    action: "correctPublication",
    from: ["published"],
    to: "published",
    role: "supervisor",
    label: "更正发布信息",
    records: "publicationChange",
    reasonRequired: false,
  },
  { action: "reopen", from: ["approved", "published"], to: "returned", role: "supervisor", label: "重新打开", records: "reason", reasonRequired: true },
];

export type TransitionCheck = { ok: true; to: ReportStatus; transition: Transition } | { ok: false; message: string };

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
  return { ok: true, to: t.to, transition: t };
}

/** The actions `role` may take now: the buttons to show. */
export function availableActions(role: string, from: string): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.role === role && (t.from as readonly string[]).includes(from)).map((t) => t.action);
}

/** The transition a recorded step (from → to) was: each pair belongs to one action. */
export function transitionBetween(from: string, to: string): Transition | undefined {
  return TRANSITIONS.find((t) => t.to === to && (t.from as readonly string[]).includes(from));
}
