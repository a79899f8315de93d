import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/acting-user";
import { searchBatchUnits } from "@/lib/server/batch-service";

/** The supervisor's units named like `q`, for the unit picker of a 未匹配 batch row. */
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401 });
  const found = await searchBatchUnits(user, new URL(req.url).searchParams.get("q") ?? "");
  if (!found) return NextResponse.json({ ok: false, message: "只有审核人可以查找单位" }, { status: 404 });
  return NextResponse.json({ ok: true, ...found }, { headers: { "cache-control": "no-store" } });
}
