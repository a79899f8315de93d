import { batchWorkbook } from "@/lib/batch/xlsx";
import { getActingUser } from "@/lib/server/acting-user";
import { batchReports } from "@/lib/server/batch-service";

/** The batch's results as an .xlsx: sheet 报告 and sheet 问题. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getActingUser();
  const found = await batchReports(user, (await params).id);
  if (!found) return new Response("找不到这批体检结果。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = await batchWorkbook(found.view.rows, found.reports);
  const name = `批量体检结果-${found.view.createdAt.slice(0, 10)}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "private, no-store",
    },
  });
}
