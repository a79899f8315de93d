import "server-only";
import type { Report } from "../report/types";
import { plainRefusal as plain } from "../docx/plain-refusal";
import { getSessionUser } from "./acting-user";
import { reportFor } from "./report-record";


/**
 * The common part of every download of a report (.docx, JSON): the session (401),
 * visibility (another unit's report answers 404 like a missing one), and a stored
 * report that no longer parses (422 with the reasons, never a 500). The report
 * comes with its sums filled, as the editor and the review page show it.
 * `what` completes "无法…" in the messages, e.g. "生成 Word 文档".
 */
export async function loadReportForDownload(
  id: string,
  what: string,
): Promise<{ ok: true; report: Report; status: string } | { ok: false; response: Response }> {
  const user = await getSessionUser().catch(() => null);
  if (!user) return { ok: false, response: plain(401, "登录已失效，请重新登录后再下载。") };
  const r = await reportFor(user, id, "view");
  if (r.kind === "notFound") return { ok: false, response: plain(404, "找不到这份报告，或您无权查看。") };
  if (r.kind === "broken") return { ok: false, response: plain(422, `这份报告的数据已损坏，无法${what}。请联系管理员。`) };
  if (r.kind === "invalid") return { ok: false, response: plain(422, `这份报告的数据不完整，无法${what}：\n${r.errors.join("\n")}`) };
  return { ok: true, report: r.report, status: r.row.status };
}
