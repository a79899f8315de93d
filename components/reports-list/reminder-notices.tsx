import type { ClerkReminder } from "@/lib/server/reminders-service";

const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

/** 催报 from the supervisor, shown to the clerk on their report list (where they land after login). */
export function ReminderNotices({ reminders }: { reminders: ClerkReminder[] }) {
  if (reminders.length === 0) return null;
  return (
    <section aria-label="催报通知" className="space-y-2">
      {reminders.map((r) => (
        <p key={r.year} role="alert" className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <span className="font-bold">催报通知</span>（{r.senderName}，{day(r.at)}）：{r.text}
        </p>
      ))}
    </section>
  );
}
