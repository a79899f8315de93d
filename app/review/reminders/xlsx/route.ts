/** The whole 催报名单 of a year (every page; one sub-area when chosen) as .xlsx. */
import { plainRefusal } from "@/lib/docx/plain-refusal";
import { xlsxDownload } from "@/lib/docx/xlsx-download";
import { getSessionUser } from "@/lib/server/acting-user";
import { reminderCallList } from "@/lib/server/reminders-service";
import { callListXlsx } from "@/lib/workflow/call-list-xlsx";
import { parseReviewFilter } from "@/lib/workflow/review-filter";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const user = await getSessionUser().catch(() => null);
  if (!user) return plainRefusal(401, "登录已失效，请重新登录后再下载。");
  const { year, area } = parseReviewFilter(Object.fromEntries(new URL(req.url).searchParams));
  const rows = await reminderCallList(user, year, { area });
  if (!rows) return plainRefusal(404, "只有审核人可以下载催报名单。");
  const body = await callListXlsx(rows, `${year}年度政府信息公开工作年度报告 催报名单（共 ${rows.length} 个单位尚未提交）`);
  return xlsxDownload(body, `${year}年度报告催报名单.xlsx`, `call-list-${year}.xlsx`);
}
