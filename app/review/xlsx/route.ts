/** The review list of the current selection (every page) as .xlsx. */
import { plainRefusal } from "@/lib/docx/plain-refusal";
import { xlsxDownload } from "@/lib/docx/xlsx-download";
import { getSessionUser } from "@/lib/server/acting-user";
import { dashboardUnits } from "@/lib/server/dashboard-service";
import { parseReviewFilter } from "@/lib/workflow/review-filter";
import { unitsXlsx } from "@/lib/workflow/units-xlsx";

export const dynamic = "force-dynamic";


export async function GET(req: Request) {
  const user = await getSessionUser().catch(() => null);
  if (!user) return plainRefusal(401, "登录已失效，请重新登录后再下载。");
  const sp = new URL(req.url).searchParams;
  const filter = parseReviewFilter(Object.fromEntries(sp));
  const rows = await dashboardUnits(user, filter.year, filter);
  if (!rows) return plainRefusal(404, "只有审核人可以下载单位名单。");
  const body = await unitsXlsx(rows, `${filter.year}年度政府信息公开工作年度报告 单位名单（共 ${rows.length} 个）`);
  return xlsxDownload(body, `${filter.year}年度报告单位名单.xlsx`, `units-${filter.year}.xlsx`);
}
