"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import type { Role } from "@/lib/server/acting-user";
import { auth, BUSY_MESSAGE, signInQueued } from "@/lib/server/auth";
import { homeFor } from "@/lib/server/home-for";
import { safeNext } from "@/lib/server/safe-next";
import { isHttps } from "@/lib/server/secure-cookies";

export interface LoginState {
  message?: string;
  username?: string;
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
  const h = await headers();
  try {
    const res = await signInQueued(() => auth.api.signInUsername({ body: { username, password }, headers: h }));
    if (res === "busy") return { message: BUSY_MESSAGE, username };
    role = (res?.user as { role?: string } | undefined)?.role ?? "clerk";
  } catch (e) {
    return { message: messageOf(e), username };
  }
  if (isHttps(h)) await secureSessionCookie();
  redirect(safeNext(form.get("next")) ?? homeFor(role as Role));
}

/** Behind https the session cookie just set gets the Secure flag (lib/server/secure-cookies.ts). */
async function secureSessionCookie(): Promise<void> {
  const { name, attributes } = (await auth.$context).authCookies.sessionToken;
  const jar = await cookies();
  const value = jar.get(name)?.value;
  if (!value) return;
  const { sameSite, path, httpOnly, maxAge } = attributes;
  jar.set(name, value, { sameSite: sameSite === "none" ? "none" : sameSite === "strict" ? "strict" : "lax", path, httpOnly, maxAge, secure: true });
}

export async function logout(): Promise<void> {
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/login");
}
