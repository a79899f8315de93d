import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionUser } from "@/lib/server/acting-user";
import { homeFor } from "@/lib/server/home-for";

export const metadata: Metadata = { title: "登录 · 年报通" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  return (
    <main className="mx-auto max-w-sm px-6 py-16">
      <h1 className="text-2xl font-bold">登录年报通</h1>
      <p className="mt-2 text-sm text-slate-600">账号由本区政务公开办的管理员分配。忘记密码请联系管理员重置。</p>
      <LoginForm next={typeof next === "string" ? next : undefined} />
    </main>
  );
}
