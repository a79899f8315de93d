import Link from "next/link";
import { logout } from "@/app/login/actions";
import { getSessionUser, ROLE_LABELS } from "@/lib/server/acting-user";

/** Content widths of the pages, so the header lines up with the page below it. */
const WIDTHS = { page: "max-w-6xl px-6", wizard: "max-w-[96rem] px-4" } as const;

/**
 * The shared header: who is signed in (name, unit, role) and 退出登录. Server component; place it at the top of a page,
 * with the page's content width (the wizard is wider: steps, grid and findings side by side).
 */
export async function AppHeader({ width = "page" }: { width?: keyof typeof WIDTHS }) {
  const user = await getSessionUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className={`mx-auto flex items-center justify-between gap-4 py-3 ${WIDTHS[width]}`}>
        <Link href="/" className="text-lg font-bold text-red-800">
          年报通
        </Link>
        {user ? (
          <nav aria-label="账号" className="flex items-center gap-4 text-sm">
            {user.role === "clerk" ? <Link href="/reports" className="hover:underline">本单位报告</Link> : null}
            {user.role === "supervisor" ? <Link href="/review" className="hover:underline">审核</Link> : null}
            {user.role === "admin" ? <Link href="/admin" className="hover:underline">管理</Link> : null}
            <span className="text-slate-700" data-testid="current-user">
              {user.name}
              {user.organizationName ? ` · ${user.organizationName}` : ""} · {ROLE_LABELS[user.role]}
            </span>
            <form action={logout}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
                退出登录
              </button>
            </form>
          </nav>
        ) : (
          <Link href="/login" className="text-sm hover:underline">
            登录
          </Link>
        )}
      </div>
    </header>
  );
}
