"use client";
import type { SaveState } from "./use-draft";

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString("zh-CN", { hour12: false, hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** What the page says about the draft on the server: 保存中… / 已保存 HH:MM:SS / 保存失败，正在重试. */
export function SaveStatus({ state }: { state: SaveState }) {
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
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`} data-save-state={state.kind}>
      {text}
    </p>
  );
}
