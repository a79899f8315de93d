import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { ImportReview } from "@/components/published-import/import-review";
import { requireUser } from "@/lib/server/acting-user";
import { loadPublishedImport } from "@/lib/server/published-import";

export const metadata: Metadata = { title: "导入已发布的报告 · 年报通" };
export const dynamic = "force-dynamic";

export default async function PublishedImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("clerk");
  const view = await loadPublishedImport(user, (await params).id);
  if (!view) notFound();
  // Saved already: the report itself is the page to show.
  if (view.reportId) redirect(`/reports/${view.reportId}`);
  return (
    <>
      <AppHeader width="wizard" />
      <main className="mx-auto max-w-[96rem] space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">导入已发布的报告：{view.fileName}</h1>
        <p className="text-slate-700">
          左边是原文，右边是按模板读出的内容。请对照原文核对紫色框的格子和“读取说明”，改正读错的地方后保存。
        </p>
        <ImportReview
          importId={view.id}
          fileName={view.fileName}
          sourceKind={view.sourceKind}
          sourceText={view.sourceText}
          report={view.report}
          notes={view.notes}
          unitName={view.unitName}
          existingId={view.existingId}
          previous={view.previous}
        />
      </main>
    </>
  );
}
