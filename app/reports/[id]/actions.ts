"use server";
import { revalidatePath } from "next/cache";
import { getActingUser } from "@/lib/server/acting-user";
import { submitReport } from "@/lib/server/workflow-service";

/** 提交审核 from the wizard's last step; the workflow service re-checks on the server and refuses while errors remain. */
export async function submitForReview(reportId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await getActingUser();
  const result = await submitReport(user, reportId);
  if (result.ok) {
    revalidatePath("/reports");
    revalidatePath(`/reports/${reportId}`);
  }
  return result;
}
