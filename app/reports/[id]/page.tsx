import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppHeader } from "@/components/app-header";
import { ImportedFromNote } from "@/components/published-import/imported-from-note";
import { ReviewNotes } from "@/components/review/review-notes";
import { ReportWizard } from "@/components/wizard/report-wizard";
import { isStepId } from "@/lib/report/step-status";
import { getActingUser } from "@/lib/server/acting-user";
import { listComments } from "@/lib/server/comments-service";
import { reportHistory, returnNotice } from "@/lib/server/history-service";
import { originalOfReport } from "@/lib/server/published-import";
import { loadReportForEditing } from "@/lib/server/report-service";
import { getTemplate, reportTitle } from "@/lib/template";
import { statusLabel } from "@/lib/workflow/statuses";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string }> };

/** One load per request for the metadata and the page. */
const load = cache(async (id: string) => loadReportForEditing(await getActingUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id);
  return { title: loaded ? `${reportTitle(loaded.report.organ.name, loaded.report.year)} · 年报通` : "年报通" };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ id }, { step }] = await Promise.all([params, searchParams]);
  const loaded = await load(id);
  if (!loaded) notFound();
  const comments = (await listComments(await getActingUser(), id)) ?? [];
  const history = (await reportHistory(await getActingUser(), id)) ?? [];
  const notice = await returnNotice(await getActingUser(), id);
  const template = getTemplate(loaded.report.format);
  const original = await originalOfReport(await getActingUser(), id);
  return (
    <>
      <AppHeader width="wizard" />
      <main>
        {original && <ImportedFromNote importId={original.id} fileName={original.fileName} publishedUrl={original.publishedUrl} />}
        <ReportWizard
          // A newer stored version (another tab) remounts the editor with it.
          key={`${loaded.id}@${loaded.version}`}
          reportId={loaded.id}
          report={loaded.report}
          acknowledgements={loaded.acknowledgements}
          version={loaded.version}
          previous={loaded.previous}
          editable={loaded.editable}
          statusLabel={statusLabel(loaded.status)}
          initialStep={isStepId(template, step) ? step : "basics"}
          comments={comments}
          returnNotice={notice}
        />
        <ReviewNotes reportId={loaded.id} comments={comments} history={history} />
      </main>
    </>
  );
}
