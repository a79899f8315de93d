/**
 * The browser side of the draft save (PUT /api/reports/[id]): one request, its
 * outcome as the wizard acts on it. Never throws: a network failure is an outcome
 * too, so the caller always keeps the unsaved change and decides to retry.
 */
import type { Report } from "@/lib/report/types";

export type SaveOutcome =
  | { kind: "saved"; version: number; savedAt: string }
  | { kind: "conflict"; message: string; currentVersion: number }
  | { kind: "unauthorized"; message: string }
  | { kind: "invalid"; message: string; errors: string[] }
  | { kind: "locked"; message: string }
  | { kind: "notFound"; message: string }
  | { kind: "failed"; message: string };

export interface SaveBody {
  baseVersion: number;
  data: Report;
  acknowledgements: Record<string, string>;
}

export const EXPIRED_MESSAGE = "登录已过期，请重新登录后继续";

export async function putDraft(reportId: string, body: SaveBody): Promise<SaveOutcome> {
  const started = performance.now();
  let res: Response;
  const json = JSON.stringify(body);
  try {
    res = await fetch(`/api/reports/${encodeURIComponent(reportId)}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: json,
      credentials: "same-origin",
      // A save started as the tab goes away still reaches the server (browsers cap keepalive bodies at 64 KB).
      keepalive: new TextEncoder().encode(json).length < 60_000,
    });
  } catch {
    return { kind: "failed", message: "网络连接失败" };
  }
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  const message = typeof answer.message === "string" ? answer.message : "";
  if (res.ok && answer.ok) {
    // Round trip of one autosave, read by bench/wizard.bench.ts.
    performance.measure("nianbao:save", { start: started, end: performance.now() });
    return { kind: "saved", version: Number(answer.version), savedAt: String(answer.savedAt) };
  }
  if (res.status === 401 || res.status === 403) return { kind: "unauthorized", message: EXPIRED_MESSAGE };
  if (res.status === 409) return { kind: "conflict", message, currentVersion: Number(answer.currentVersion) };
  if (res.status === 422) return { kind: "invalid", message, errors: Array.isArray(answer.errors) ? (answer.errors as string[]) : [] };
  if (res.status === 423) return { kind: "locked", message };
  if (res.status === 404) return { kind: "notFound", message };
  return { kind: "failed", message: message || `服务器错误（${res.status}）` };
}

export interface LoadedDraft {
  version: number;
  report: Report;
  acknowledgements: Record<string, string>;
  status: string;
}

export async function getDraft(reportId: string): Promise<LoadedDraft | { kind: "unauthorized" | "failed"; message: string }> {
  try {
    const res = await fetch(`/api/reports/${encodeURIComponent(reportId)}`, { cache: "no-store", credentials: "same-origin" });
    if (res.status === 401 || res.status === 403) return { kind: "unauthorized", message: EXPIRED_MESSAGE };
    const json = await res.json();
    if (!res.ok || !json.ok) return { kind: "failed", message: json.message ?? "读取失败" };
    return { version: json.version, report: json.report, acknowledgements: json.acknowledgements, status: json.status };
  } catch {
    return { kind: "failed", message: "网络连接失败" };
  }
}

/** Wait before the n-th retry (1 s, 2 s, 4 s … at most 30 s). */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}
