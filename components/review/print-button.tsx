"use client";
/** 打印: the browser's print dialog; the page's print styles leave out the header and the forms. */
export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100 print:hidden">
      {label}
    </button>
  );
}
