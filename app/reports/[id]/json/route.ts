/**
 * Download of a report as REPORT-JSON (the exchange format the import and the
 * CLI read). Reports of other units answer 404 like missing ones; a stored
 * report that no longer parses answers 422 with the reasons.
 */
import { fillDerived } from "@/lib/report/fill-derived";
import { jsonDownloadHeaders } from "@/lib/report/json-download";
import { stringifyReport } from "@/lib/report/json-io";
import { parseReport } from "@/lib/report/schema";
import { findVisibleReport } from "@/lib/server/access";
import { getSessionUser } from "@/lib/server/acting-user";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_req: Request, { params }: Ctx) {
  const user = await getSessionUser().catch(() => null);
  if (!user) return plain(401, "登录已失效，请重新登录后再下载。");
  const { id } = await params;
  const stored = await findVisibleReport(user, id);
  if (!stored) return plain(404, "找不到这份报告，或您无权查看。");

  let json: unknown;
  try {
    json = JSON.parse(stored.data);
  } catch {
    return plain(422, "这份报告的数据已损坏，无法导出。请联系管理员。");
  }
  const parsed = parseReport(json);
  if (!parsed.ok) return plain(422, `这份报告的数据不完整，无法导出：\n${parsed.errors.join("\n")}`);

  // The sums as the editor shows them, so the file re-imports to the same report.
  const report = fillDerived(parsed.report);
  const body = new TextEncoder().encode(stringifyReport(report));
  return new Response(body, { headers: jsonDownloadHeaders(report, body.length) });
}
