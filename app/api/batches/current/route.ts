import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/acting-user";
import { batchView } from "@/lib/server/batch-service";

/** The supervisor's latest batch with each file's progress and result, polled by the page. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401 });
  const view = await batchView(user);
  return NextResponse.json({ ok: true, batch: view }, { headers: { "cache-control": "no-store" } });
}
