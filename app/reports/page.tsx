import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { ImportReportForm } from "@/components/reports-list/import-report-form";
import { PublishedUploadForm } from "@/components/published-import/published-upload-form";
import { NewReportForm } from "@/components/reports-list/new-report-form";
import { ReminderNotices } from "@/components/reports-list/reminder-notices";
import { ReportsTable } from "@/components/reports-list/reports-table";
import { getActingUser } from "@/lib/server/acting-user";
import { remindersForClerk } from "@/lib/server/reminders-service";
import { listReports } from "@/lib/server/report-service";

export const metadata: Metadata = { title: "本单位年度报告 · 年报通" };
export const dynamic = "force-dynamic";

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ submitted?: string }> }) {
  const user = await getActingUser();
  const [reports, params, reminders] = await Promise.all([listReports(user), searchParams, remindersForClerk(user)]);
  // A clerk's list is their own unit's reports: the years that unit already has.
  const years = reports.map((r) => r.year);
  const now = new Date().getFullYear();
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl space-y-6 px-6 py-8">
        <h1 className="text-2xl font-bold">本单位年度报告</h1>
        <ReminderNotices reminders={reminders} />
        {params.submitted && (
          <p role="status" className="rounded border border-emerald-700 bg-emerald-50 p-3 text-emerald-900">
            报告已提交审核。
          </p>
        )}
        {user.role === "clerk" && <NewReportForm defaultYear={now - 1} maxYear={now + 1} yearsWithReports={years} />}
        {user.role === "clerk" && <PublishedUploadForm />}
        {user.role === "clerk" && <ImportReportForm />}
        <ReportsTable reports={reports} showUnit={user.role !== "clerk"} />
      </main>
    </>
  );
}
