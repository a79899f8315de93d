/**
 * 催报: which units a supervisor may remind about a year's report. A unit that has not
 * handed its report in (none yet, a draft, or returned and not yet resubmitted) is
 * reminded; one whose report is with the supervisor or done is not. Pure.
 */
export const REMINDABLE = ["none", "draft", "returned"] as const;

export function isRemindable(status: string): boolean {
  return (REMINDABLE as readonly string[]).includes(status);
}

/** The state a clerk and the call list read: 未创建 / 草稿 / 已退回未重新提交. */
export function reminderStateLabel(status: string): string {
  return status === "none" ? "未创建报告" : status === "draft" ? "草稿，未提交" : status === "returned" ? "已退回，未重新提交" : "";
}
