"use client";

/** A save refused because someone saved a newer version: the clerk decides, nothing is overwritten silently. */
export function ConflictNotice(props: { message: string; onLoad: () => void; onKeep: () => void }) {
  return (
    <div role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-desc" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="conflict-title" className="font-bold text-red-900">
        保存冲突
      </h2>
      <p id="conflict-desc" className="mt-1 text-sm text-slate-900">
        {props.message}您在本页的修改尚未保存。请选择：载入更新的版本（放弃本页未保存的修改），或保留我的修改（覆盖那个版本）。
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={props.onLoad} className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
          载入更新的版本
        </button>
        <button type="button" onClick={props.onKeep} className="rounded bg-red-800 px-3 py-1.5 text-sm text-white hover:bg-red-900">
          保留我的修改
        </button>
      </div>
    </div>
  );
}
