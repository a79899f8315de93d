"use client";
/**
 * A save that met a newer stored version with items changed on both sides: everything else is merged
 * already; for each of these items the clerk sees mine and the stored one side by side and picks one.
 * Nothing is overwritten until she has chosen.
 */
import { useState } from "react";
import type { MergeChoice, MergeConflict } from "@/lib/report/merge";

export function MergeDialog(props: { message: string; conflicts: MergeConflict[]; onResolve: (choices: Record<string, MergeChoice>) => void }) {
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const all = (c: MergeChoice) => props.onResolve(Object.fromEntries(props.conflicts.map((x) => [x.id, c])));
  const complete = props.conflicts.every((c) => choices[c.id]);
  return (
    <div role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-desc" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="conflict-title" className="font-bold text-red-900">
        保存冲突
      </h2>
      <p id="conflict-desc" className="mt-1 text-sm text-slate-900">
        {props.message}只在一边改过的内容已自动合并；下面 {props.conflicts.length} 项两边都改了且不一样，请逐项选择保留哪一个（选择前不会保存）。
      </p>
      <table className="mt-3 w-full table-fixed border-collapse bg-white text-sm">
        <thead>
          <tr className="bg-slate-100 text-left">
            <th className="w-1/3 border border-slate-300 px-2 py-1">项目</th>
            <th className="border border-slate-300 px-2 py-1">我的修改（本页）</th>
            <th className="border border-slate-300 px-2 py-1">已保存的版本（另一处）</th>
          </tr>
        </thead>
        <tbody>
          {props.conflicts.map((c) => (
            <tr key={c.id} data-conflict={c.label}>
              <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-medium">
                {c.label}
              </th>
              {(["mine", "theirs"] as const).map((side) => (
                <td key={side} className="border border-slate-300 px-2 py-1 align-top">
                  <label className="flex cursor-pointer items-start gap-2">
                    <input
                      type="radio"
                      name={`merge-${c.id}`}
                      checked={choices[c.id] === side}
                      onChange={() => setChoices((m) => ({ ...m, [c.id]: side }))}
                      aria-label={`${c.label}：${side === "mine" ? "用我的" : "用已保存的"}`}
                      className="mt-1"
                    />
                    <span className="line-clamp-4 whitespace-pre-line break-words">{side === "mine" ? c.mine : c.theirs}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={!complete}
          onClick={() => props.onResolve(choices)}
          className="rounded bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          按所选合并并保存
        </button>
        <button type="button" onClick={() => all("mine")} className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
          保留我的修改
        </button>
        <button type="button" onClick={() => all("theirs")} className="rounded border border-slate-500 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
          载入更新的版本
        </button>
      </div>
    </div>
  );
}
