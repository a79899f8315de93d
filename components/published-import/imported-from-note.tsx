/** A report imported from its publication says so, with the original file to download and the address it was published at. */
export function ImportedFromNote(props: { importId: string; fileName: string; publishedUrl: string | null }) {
  return (
    <p role="note" className="mx-auto mt-4 max-w-[96rem] rounded border border-violet-400 bg-violet-50 px-4 py-2 text-sm text-slate-900">
      本报告从已发布的报告导入。
      <a className="ml-1 text-sky-800 underline" href={`/reports/imports/${encodeURIComponent(props.importId)}/file?download=1`} download>
        下载原文件（{props.fileName}）
      </a>
      {props.publishedUrl && (
        <span className="ml-2">
          发布网址：<span className="break-all">{props.publishedUrl}</span>
        </span>
      )}
    </p>
  );
}
