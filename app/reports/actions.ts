"use server";
import { redirect } from "next/navigation";
import { getActingUser } from "@/lib/server/acting-user";
import { importReport } from "@/lib/server/report-import";
import { createReport } from "@/lib/server/report-service";
import { IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "@/lib/request-limits";

export interface NewReportState {
  message: string;
  existingId?: string;
}

/** 新建年度报告: one report per unit and year; an existing one is named and linked, not duplicated. */
export async function createReportAction(_prev: NewReportState, form: FormData): Promise<NewReportState> {
  const user = await getActingUser();
  const result = await createReport(user, {
    year: form.get("year"),
    fromPrevious: form.get("fromPrevious") === "on",
  });
  if (!result.ok) return { message: result.message, existingId: result.existingId };
  redirect(`/reports/${result.id}`);
}

export interface ImportReportState {
  message: string;
  errors?: string[];
  existingId?: string;
}

/** 导入 JSON 报告: the file becomes this unit's report of its year, or nothing changes and the reasons are shown. */
export async function importReportAction(_prev: ImportReportState, form: FormData): Promise<ImportReportState> {
  const user = await getActingUser();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { message: "请先选择要导入的 JSON 文件。" };
  if (file.size > MAX_IMPORT_BYTES) return { message: IMPORT_TOO_LARGE_MESSAGE };
  const result = await importReport(user, await file.text());
  if (!result.ok) return { message: result.message, errors: result.errors, existingId: result.existingId };
  redirect(`/reports/${result.id}`);
}
