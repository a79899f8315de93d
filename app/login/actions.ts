"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import type { Role } from "@/lib/server/acting-user";
import { auth } from "@/lib/server/auth";
import { homeFor } from "@/lib/server/home-for";

export interface LoginState {
  message?: string;
  username?: string;
}

/** Only paths of this site: an open redirect through ?next= would hand the session to a phishing page. */
function safeNext(next: unknown): string | null {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : null;
}

function messageOf(e: unknown): string {
  if (e instanceof APIError) {
    if (e.statusCode === 401) return "用户名或密码错误";
    if (e.statusCode === 403 || e.statusCode === 429) return e.message;
    if (e.statusCode === 422 || e.statusCode === 400) return "用户名或密码错误";
  }
  return "登录失败，请稍后再试";
}

export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const username = String(form.get("username") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!username || !password) return { message: "请输入用户名和密码", username };
  let role: string;
  try {
    const res = await auth.api.signInUsername({ body: { username, password }, headers: await headers() });
    role = (res?.user as { role?: string } | undefined)?.role ?? "clerk";
  } catch (e) {
    return { message: messageOf(e), username };
  }
  redirect(safeNext(form.get("next")) ?? homeFor(role as Role));
}

export async function logout(): Promise<void> {
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/login");
}
