/** Download of a report as REPORT-JSON, the exchange format the import and the CLI read. */
import { jsonDownloadHeaders } from "@/lib/report/json-download";
import { stringifyReport } from "@/lib/report/json-io";
import { loadReportForDownload } from "@/lib/server/report-download";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const loaded = await loadReportForDownload((await params).id, "导出");
  if (!loaded.ok) return loaded.response;
  // With its sums filled, so the file re-imports to the same report.
  const body = new TextEncoder().encode(stringifyReport(loaded.report));
  return new Response(body, { headers: jsonDownloadHeaders(loaded.report, body.length) });
}
