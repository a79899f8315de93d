"use client";
import type { UnsavedCell } from "@/components/report-grid";
import type { SaveState } from "./use-draft";

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString("zh-CN", { hour12: false, hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/**
 * What the page says about the draft on the server: 保存中… / 已保存 HH:MM:SS / 保存失败，正在重试.
 * A refused cell is never stored, so while one remains the page does not say the report is all saved:
 * "1 格未保存：请输入整数" comes first.
 */
export function SaveStatus({ state, unsaved = [] }: { state: SaveState; unsaved?: UnsavedCell[] }) {
  let text = "";
  let tone = "text-slate-700";
  switch (state.kind) {
    case "idle":
      text = "已保存";
      break;
    case "pending":
      text = "有未保存的修改";
      break;
    case "saving":
      text = "保存中…";
      break;
    case "saved":
      text = `已保存 ${clock(state.at)}`;
      tone = "text-emerald-800";
      break;
    case "retrying":
      text = `保存失败，正在重试（${state.message}）`;
      tone = "text-red-800";
      break;
    case "expired":
      text = state.message;
      tone = "text-red-800";
      break;
    case "conflict":
      text = "未保存：有更新的版本";
      tone = "text-red-800";
      break;
    case "invalid":
      text = `未保存：${state.message}`;
      tone = "text-red-800";
      break;
    case "locked":
      text = `未保存：${state.message}`;
      tone = "text-red-800";
      break;
  }
  return (
    <div className="text-right">
      {unsaved.length > 0 && (
        <p className="text-sm font-semibold text-red-800" data-unsaved-cells={unsaved.length}>
          {unsaved.length} 格未保存：{unsaved[0].message}
        </p>
      )}
      <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`} data-save-state={state.kind}>
        {unsaved.length > 0 && state.kind !== "pending" && state.kind !== "saving" ? `其余${text}` : text}
      </p>
    </div>
  );
}
