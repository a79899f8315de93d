/** The county summary of tables 二–四 as .xlsx, for the year and statuses of the summary page. */
import { attachmentDisposition } from "@/lib/docx/content-disposition";
import { summaryXlsx } from "@/lib/report/summary-xlsx";
import { getSessionUser } from "@/lib/server/acting-user";
import { parseSummaryStatuses, supervisorSummary } from "@/lib/server/summary-service";
import { parseReviewFilter } from "@/lib/workflow/review-filter";

export const dynamic = "force-dynamic";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(req: Request) {
  const user = await getSessionUser().catch(() => null);
  if (!user) return plain(401, "登录已失效，请重新登录后再下载。");
  const sp = new URL(req.url).searchParams;
  const { year } = parseReviewFilter({ year: sp.get("year") ?? undefined });
  const summary = await supervisorSummary(user, year, parseSummaryStatuses(sp.get("status") ?? undefined));
  if (!summary) return plain(404, "只有审核人可以下载汇总表。");
  const body = await summaryXlsx(summary, `${year}年度政府信息公开工作年度报告汇总`);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": attachmentDisposition(`${year}年度政府信息公开工作年度报告汇总表.xlsx`, `summary-${year}.xlsx`),
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
