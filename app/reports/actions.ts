"use server";
import { redirect } from "next/navigation";
import { getActingUser } from "@/lib/server/acting-user";
import { createReport } from "@/lib/server/report-service";

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
