"use client";
import { useActionState } from "react";
import { login, type LoginState } from "@/app/login/actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ""} />
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-700">
          用户名
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          defaultValue={state.username ?? ""}
          required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2 text-base focus:border-red-700 focus:outline-none"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          密码
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2 text-base focus:border-red-700 focus:outline-none"
        />
      </div>
      {state.message ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-red-700 px-4 py-2 text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
