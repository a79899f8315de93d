/** Download of a report as the publication-ready .docx (errors still export, marked 征求意见稿). */
import { check } from "@/lib/check";
import { docxDownloadHeaders, isDraftDownload, renderDocx } from "@/lib/docx";
import { loadReportForDownload } from "@/lib/server/report-download";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const loaded = await loadReportForDownload((await params).id, "生成 Word 文档");
  if (!loaded.ok) return loaded.response;
  // Checked with its sums filled, so the draft mark counts the same errors the editor shows.
  const findings = check(loaded.report);
  const docx = await renderDocx(loaded.report, { findings });
  const draft = isDraftDownload(findings, loaded.status);
  return new Response(new Uint8Array(docx), { headers: docxDownloadHeaders(loaded.report, docx.length, draft) });
}
