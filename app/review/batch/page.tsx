import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { BatchCheck } from "@/components/batch-check/batch-check";
import { requireUser } from "@/lib/server/acting-user";
import { batchView, MAX_BATCH_BYTES, MAX_BATCH_FILES } from "@/lib/server/batch-service";

export const metadata: Metadata = { title: "批量体检 · 年报通" };
export const dynamic = "force-dynamic";

export default async function BatchCheckPage() {
  const user = await requireUser("supervisor");
  const initial = await batchView(user);
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-6xl space-y-6 px-6 py-8">
        <h1 className="text-2xl font-bold">批量体检</h1>
        <p className="text-slate-700">
          一次检查所辖单位已发布的年报：逐份读取，按模板的勾稽关系检查，结果可排序、筛选、保存为单位的报告，也可下载为 Excel。
        </p>
        <BatchCheck initial={initial} maxFiles={MAX_BATCH_FILES} maxMegabytes={MAX_BATCH_BYTES / 1024 / 1024} />
      </main>
    </>
  );
}
