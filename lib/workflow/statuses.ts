/** The life of a report (issue: accounts and review): 草稿 → 待审核 → 已退回/已通过 → 已发布. */
export const REPORT_STATUSES = ["draft", "submitted", "returned", "approved", "published"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "待审核",
  returned: "已退回",
  approved: "已通过",
  published: "已发布",
};

export function isReportStatus(s: string): s is ReportStatus {
  return (REPORT_STATUSES as readonly string[]).includes(s);
}

export function statusLabel(s: string): string {
  return isReportStatus(s) ? STATUS_LABELS[s] : s;
}

/** Only a draft or a returned report may be edited by its clerk; everything else is frozen for review or already public. */
export const EDITABLE_STATUSES = ["draft", "returned"] as const satisfies readonly ReportStatus[];

export function isEditable(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status);
}
