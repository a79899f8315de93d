/**
 * The published file beside the grid: a PDF in the browser's own viewer, a saved
 * web page in a sandboxed frame (no scripts, no forms), and the text as read for
 * .docx, web pages and pasted text. The original is always downloadable.
 */
export function SourcePanel(props: { importId: string; fileName: string; sourceKind: string; sourceText: string }) {
  const url = `/reports/imports/${encodeURIComponent(props.importId)}/file`;
  return (
    <section aria-labelledby="import-source" className="space-y-3 xl:sticky xl:top-4 xl:self-start">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="import-source" className="text-lg font-bold">
          原文
        </h2>
        <a href={`${url}?download=1`} className="text-sm text-sky-800 underline" download>
          下载原文件（{props.fileName}）
        </a>
      </div>
      {props.sourceKind === "pdf" && (
        <object data={url} type="application/pdf" title={`原文：${props.fileName}`} className="h-[75vh] w-full rounded border border-slate-400 bg-white">
          <p className="p-3 text-sm">
            浏览器无法在页面中显示 PDF，请<a href={url} className="text-sky-800 underline">在新页面打开原文件</a>。
          </p>
        </object>
      )}
      {props.sourceKind === "html" && (
        <iframe src={url} sandbox="" title={`原网页：${props.fileName}`} className="h-[45vh] w-full rounded border border-slate-400 bg-white" />
      )}
      {props.sourceText && (
        <pre
          tabIndex={0}
          aria-label="读取到的原文文字"
          className={`${props.sourceKind === "html" ? "max-h-[30vh]" : "max-h-[75vh]"} overflow-auto whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 p-3 text-sm leading-6 text-slate-900`}
        >
          {props.sourceText}
        </pre>
      )}
    </section>
  );
}
