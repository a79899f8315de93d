/**
 * "下载 Word 文档": the publication-ready .docx of a report. A plain link, so the
 * browser saves the file under the name the server gives it
 * (〈机关名称〉〈年份〉年政府信息公开工作年度报告.docx) and works without JavaScript.
 */
export interface DocxDownloadLinkProps {
  reportId: string;
  label?: string;
  className?: string;
}

export function DocxDownloadLink({ reportId, label = "下载 Word 文档", className }: DocxDownloadLinkProps) {
  return (
    <a
      href={`/reports/${encodeURIComponent(reportId)}/docx`}
      download
      className={
        className ??
        "inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-4 py-2 text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
      }
    >
      {label}
      <span className="text-sm text-slate-500">（.docx）</span>
    </a>
  );
}
