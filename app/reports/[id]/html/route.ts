/** 下载网页版: the report as a web page for the portal, with its print stylesheet (a draft says 征求意见稿 in its name). */
import { check } from "@/lib/check";
import { isDraftDownload } from "@/lib/docx";
import { loadReportForDownload } from "@/lib/server/report-download";
import { htmlDownloadHeaders, renderHtmlDocument } from "@/lib/web";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const loaded = await loadReportForDownload((await params).id, "生成网页版");
  if (!loaded.ok) return loaded.response;
  const body = new TextEncoder().encode(renderHtmlDocument(loaded.report));
  const draft = isDraftDownload(check(loaded.report), loaded.status);
  return new Response(body, { headers: htmlDownloadHeaders(loaded.report, body.length, draft) });
}
