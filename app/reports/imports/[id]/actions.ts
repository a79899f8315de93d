"use server";
import { redirect } from "next/navigation";
import { getActingUser } from "@/lib/server/acting-user";
import { savePublishedImport } from "@/lib/server/published-import";

export interface SaveImportState {
  message: string;
  existingId?: string;
}

/** 导入为 N 年报告: the corrected report becomes the unit's report of its year (已发布), or nothing changes and the reason is shown. */
export async function saveImportAction(_prev: SaveImportState, form: FormData): Promise<SaveImportState> {
  const user = await getActingUser();
  const id = String(form.get("importId") ?? "");
  let data: unknown;
  try {
    data = JSON.parse(String(form.get("data") ?? ""));
  } catch {
    return { message: "无法保存：页面内容不完整，请刷新页面后重试。" };
  }
  const choice = form.get("organName");
  const organName = choice === "unit" || choice === "file" ? choice : undefined;
  const result = await savePublishedImport(user, id, { data, organName });
  if (!result.ok) return { message: result.message, existingId: result.existingId };
  redirect(`/reports/${result.id}`);
}
