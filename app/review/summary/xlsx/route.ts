/** The summary of tables 二–四 as .xlsx, for the year, statuses and level of the summary page. */
import { plainRefusal } from "@/lib/docx/plain-refusal";
import { xlsxDownload } from "@/lib/docx/xlsx-download";
import { summaryXlsx } from "@/lib/report/summary-xlsx";
import { getSessionUser } from "@/lib/server/acting-user";
import { parseSummaryStatuses, supervisorSummary } from "@/lib/server/summary-service";
import { unitIdParam } from "@/lib/tree/path";
import { parseReviewFilter } from "@/lib/workflow/review-filter";

export const dynamic = "force-dynamic";


export async function GET(req: Request) {
  const user = await getSessionUser().catch(() => null);
  if (!user) return plainRefusal(401, "登录已失效，请重新登录后再下载。");
  const sp = new URL(req.url).searchParams;
  const { year } = parseReviewFilter({ year: sp.get("year") ?? undefined });
  const at = await supervisorSummary(user, year, parseSummaryStatuses(sp.get("status") ?? undefined), unitIdParam(sp.get("level")) || undefined);
  if (!at) return plainRefusal(404, "只有审核人可以下载汇总表。");
  const body = await summaryXlsx(at.summary, `${year}年度政府信息公开工作年度报告汇总${at.trail.length > 1 ? `（${at.level.name}）` : ""}`);
  return xlsxDownload(body, `${year}年度政府信息公开工作年度报告汇总表.xlsx`, `summary-${year}.xlsx`);
}
