import { batchWorkbook } from "@/lib/batch/xlsx";
import { plainRefusal } from "@/lib/docx/plain-refusal";
import { xlsxDownload } from "@/lib/docx/xlsx-download";
import { getActingUser } from "@/lib/server/acting-user";
import { batchReports } from "@/lib/server/batch-service";

/** The batch's results as an .xlsx: sheet 报告 and sheet 问题. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getActingUser();
  const found = await batchReports(user, (await params).id);
  if (!found) return plainRefusal(404, "找不到这批体检结果。");
  const body = await batchWorkbook(found.view.rows, found.reports);
  const day = found.view.createdAt.slice(0, 10);
  return xlsxDownload(body, `批量体检结果-${day}.xlsx`, `batch-check-${day}.xlsx`);
}
