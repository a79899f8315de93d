import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { BatchFileReport } from "@/components/batch-check/batch-file-report";
import { requireUser } from "@/lib/server/acting-user";
import { batchFileView } from "@/lib/server/batch-service";

export const metadata: Metadata = { title: "批量体检 · 查看报告 · 年报通" };
export const dynamic = "force-dynamic";

export default async function BatchFilePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("supervisor");
  const view = await batchFileView(user, (await params).id);
  if (!view) notFound();
  return (
    <>
      <AppHeader width="wizard" />
      <main className="mx-auto max-w-[96rem] space-y-4 px-4 py-6">
        <p>
          <Link href="/review/batch" className="text-sky-800 underline">
            ← 返回批量体检结果
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{view.fileName}</h1>
        <p className="text-slate-700">
          单位：{view.unitName ?? "未匹配"}；文件中的机关名称：{view.report.organ.name}；{view.report.year} 年度。只读。
        </p>
        <BatchFileReport report={view.report} notes={view.notes} />
      </main>
    </>
  );
}
