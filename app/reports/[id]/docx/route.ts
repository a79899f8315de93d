/**
 * Download of a report as the publication-ready .docx. Reports of other units
 * answer 404 like missing ones; a stored report that no longer parses answers
 * 422 with the reasons instead of failing with a 500.
 */
import { check } from "@/lib/check";
import { docxDownloadHeaders, renderDocx } from "@/lib/docx";
import { fillDerived } from "@/lib/report/fill-derived";
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
    return plain(422, "这份报告的数据已损坏，无法生成 Word 文档。请联系管理员。");
  }
  const parsed = parseReport(json);
  if (!parsed.ok) return plain(422, `这份报告的数据不完整，无法生成 Word 文档：\n${parsed.errors.join("\n")}`);

  // The sums as the editor and the review page show them, so the draft mark counts the same errors they do.
  const report = fillDerived(parsed.report);
  const docx = await renderDocx(report, { findings: check(report) });
  return new Response(new Uint8Array(docx), { headers: docxDownloadHeaders(report, docx.length) });
}
