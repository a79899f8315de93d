"use client";
import { useActionState, useState, useTransition } from "react";
import { createUserAction, resetPasswordAction, setUserDisabledAction, type FormState } from "@/app/admin/actions";
import type { OrgNode, UserRow } from "@/lib/server/admin-service";
import { FormMessage } from "./form-message";
import { adminInput, OrganizationSelect, SubmitButton } from "./form-parts";

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

/** 账号: every account with its role and unit, 停用/启用, 重置密码, and a form for a new account. */
export function UserAdmin({ users, orgs, selfId }: { users: UserRow[]; orgs: OrgNode[]; selfId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const [rowState, setRowState] = useState<FormState>({});
  const [busy, start] = useTransition();
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading" className="text-xl font-bold">
        账号
      </h2>
      <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
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
        <OrganizationSelect name="organizationId" label="所属单位" emptyLabel="（管理员不需要）" orgs={orgs} />
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
