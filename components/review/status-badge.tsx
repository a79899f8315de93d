import { statusLabel } from "@/lib/workflow/statuses";

const COLORS: Record<string, string> = {
  none: "bg-slate-100 text-slate-600",
  draft: "bg-slate-100 text-slate-800",
  submitted: "bg-amber-100 text-amber-900",
  returned: "bg-red-100 text-red-900",
  approved: "bg-emerald-100 text-emerald-900",
  published: "bg-sky-100 text-sky-900",
};

/** A report's status in words; "none" reads 未创建 (the unit has not started). */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm ${COLORS[status] ?? COLORS.draft}`}>
      {status === "none" ? "未创建" : statusLabel(status)}
    </span>
  );
}
