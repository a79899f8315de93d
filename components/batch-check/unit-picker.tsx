"use client";
/**
 * The unit of a 未匹配 row: type part of its name, pick it from what the server finds (at most
 * UNIT_CHOICES at a time). A county's handful of units show before anything is typed; a province's
 * tens of thousands are searched, never sent to the page.
 */
import { useId } from "react";
import { useUnitSearch } from "@/components/use-unit-search";

export function UnitPicker({ organName, disabled, onPick }: { organName: string; disabled: boolean; onPick: (unitId: string) => void }) {
  const { q, setQ, found, failed } = useUnitSearch<{ id: string; name: string }>("/api/batches/units");
  const hint = useId();

  const n = found?.units.length ?? 0;
  return (
    <div className="space-y-1">
      <span className="font-semibold text-amber-900">未匹配</span>
      <span className="block text-xs text-slate-700">文件中：{organName}</span>
      <label className="block">
        <span className="sr-only">查找“{organName}”的单位：输入单位名称的一部分</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="输入单位名称查找"
          maxLength={50}
          aria-describedby={hint}
          className="w-full rounded border border-slate-400 px-1 py-0.5"
        />
      </label>
      <label className="block">
        <span className="sr-only">为“{organName}”选择单位</span>
        <select
          className="w-full rounded border border-slate-400 px-1 py-0.5"
          value=""
          disabled={disabled || n === 0}
          onChange={(e) => e.target.value && onPick(e.target.value)}
        >
          <option value="">{found === null ? "正在查找…" : n === 0 ? "没有名称相符的单位" : `选择单位…（${found.more ? `前 ${n} 个` : `${n} 个`}）`}</option>
          {found?.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <span id={hint} className="block text-xs text-slate-600" aria-live="polite">
        {failed ? "查找失败，请稍后再试。" : found?.more ? "单位较多，只列出前一部分；请输入更多字缩小范围。" : ""}
      </span>
    </div>
  );
}
