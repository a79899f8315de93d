"use client";
import Link from "next/link";
import { useActionState, useState, useTransition } from "react";
import { createUserAction, resetPasswordAction, setUserDisabledAction, type FormState } from "@/app/admin/actions";
import { Pager } from "@/components/review/pager";
import { adminHref, type AdminAddress } from "@/lib/admin/admin-address";
import type { AdminUserPage, UserRow } from "@/lib/server/admin-directory";
import { FormMessage } from "./form-message";
import { adminInput, SubmitButton } from "./form-parts";
import { UnitSearchSelect } from "./unit-search-select";

const ROLE_LABELS: Record<string, string> = { clerk: "填报人", supervisor: "审核人", admin: "管理员" };
const input = adminInput;

function ResetPassword({ user }: { user: UserRow }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} className="flex items-center gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <label>
        <span className="sr-only">{user.username} 的新密码</span>
        <input name="password" type="password" autoComplete="new-password" placeholder="新密码" className="w-28 rounded border border-slate-300 px-2 py-0.5 text-sm" />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100">
        重置密码
      </button>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * 账号: the accounts (the newest first, a page at a time, or those found by username, name or unit)
 * with role and unit, 停用/启用, 重置密码, and a form for a new account.
 */
export function UserAdmin({ view, selfId, at }: { view: AdminUserPage; selfId: string; at: AdminAddress }) {
  const href = (change: Partial<AdminAddress>) => adminHref(at, change);
  const users = view.rows;
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const [rowState, setRowState] = useState<FormState>({});
  const [busy, start] = useTransition();
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading" className="text-xl font-bold">
        账号
      </h2>
      <form method="get" action="/admin" role="search" aria-label="查找账号" className="mt-3 flex flex-wrap items-end gap-2">
        {/* The unit list stays where it is. */}
        {at.unit ? <input type="hidden" name="unit" value={at.unit} /> : null}
        {at.q ? <input type="hidden" name="q" value={at.q} /> : null}
        {at.page > 1 ? <input type="hidden" name="page" value={at.page} /> : null}
        <label className="text-sm">
          <span className="block text-slate-700">用户名、姓名或单位</span>
          <input name="uq" type="search" defaultValue={view.q} maxLength={50} className={input} />
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">
          查找
        </button>
        {view.q ? (
          <Link href={href({ uq: "" })} className="text-sm text-red-800 underline">
            清除查找
          </Link>
        ) : null}
        <span className="text-sm text-slate-600">共 {view.total} 个账号{view.q ? `（含“${view.q}”）` : "，最新的在前"}</span>
      </form>
      <table className="mt-3 w-full border-collapse bg-white text-left text-sm" aria-label="账号列表">
        <thead>
          <tr className="border-b border-slate-300 bg-slate-100">
            <th className="px-3 py-2">用户名</th>
            <th className="px-3 py-2">姓名</th>
            <th className="px-3 py-2">角色</th>
            <th className="px-3 py-2">所属单位</th>
            <th className="px-3 py-2">状态</th>
            <th className="px-3 py-2">操作</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-200" data-testid={`user-${u.username}`}>
              <td className="px-3 py-2 font-mono">{u.username}</td>
              <td className="px-3 py-2">{u.name}</td>
              <td className="px-3 py-2">{ROLE_LABELS[u.role] ?? u.role}</td>
              <td className="px-3 py-2">{u.organizationName || "—"}</td>
              <td className="px-3 py-2">{u.disabled ? <span className="text-red-700">已停用</span> : "正常"}</td>
              <td className="flex flex-wrap items-center gap-2 px-3 py-2">
                {u.id !== selfId ? (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => start(async () => setRowState(await setUserDisabledAction(u.id, !u.disabled)))}
                    className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                  >
                    {u.disabled ? "启用" : "停用"}
                    <span className="sr-only">{u.username}</span>
                  </button>
                ) : null}
                <ResetPassword user={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={view.page} pageCount={view.pageCount} href={(upage) => href({ upage })} />
      <FormMessage state={rowState} />
      <form action={action} className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" aria-label="新建账号">
        <label className="text-sm">
          <span className="block text-slate-700">用户名</span>
          <input name="username" autoComplete="off" className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">姓名</span>
          <input name="name" className={input} />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">角色</span>
          <select name="role" defaultValue="clerk" className={input}>
            {Object.entries(ROLE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <UnitSearchSelect name="organizationId" label="所属单位" emptyLabel="（管理员不需要）" />
        <label className="text-sm">
          <span className="block text-slate-700">初始密码</span>
          <input name="password" type="password" autoComplete="new-password" className={input} />
        </label>
        <SubmitButton pending={pending}>新建账号</SubmitButton>
        <FormMessage state={state} />
      </form>
      <p className="mt-2 text-sm text-slate-600">密码至少 8 位，须同时包含字母和数字。停用账号或重置密码后，该账号已登录的会话立即失效。</p>
    </section>
  );
}
