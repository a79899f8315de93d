import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/acting-user";
import { searchAdminUnits } from "@/lib/server/admin-directory";

/** Units named like `q`, for the admin's unit pickers (上级单位, 要移动的单位, 所属单位). */
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ ok: false, message: "登录已失效，请重新登录" }, { status: 401 });
  const found = await searchAdminUnits(user, new URL(req.url).searchParams.get("q") ?? "");
  if (!found) return NextResponse.json({ ok: false, message: "只有管理员可以管理单位和账号" }, { status: 404 });
  return NextResponse.json({ ok: true, ...found }, { headers: { "cache-control": "no-store" } });
}
