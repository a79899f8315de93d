/**
 * "下载 JSON": the report as REPORT-JSON, to keep, move to another computer
 * or re-import (导入 JSON 报告 on the reports list). A plain link, like the .docx one.
 */
export function JsonDownloadLink({ reportId, label = "下载 JSON" }: { reportId: string; label?: string }) {
  return (
    <a
      href={`/reports/${encodeURIComponent(reportId)}/json`}
      download
      className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-4 py-2 text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
    >
      {label}
      <span className="text-sm text-slate-500">（.json，可再导入）</span>
    </a>
  );
}
