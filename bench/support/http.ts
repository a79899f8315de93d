/** What the scale benches send a running server, as the browser would. */
import { summary } from "./quantiles";

/** Signs in by username (README 演示账号, or a bench clerk) and returns the session cookie to send back. */
export async function signInCookie(origin: string, username: string, password: string, address = "198.51.100.7"): Promise<string> {
  const res = await fetch(`${origin}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, "x-forwarded-for": address },
    body: JSON.stringify({ username, password }),
  });
  await res.text();
  if (!res.ok) throw new Error(`${username} 登录失败：${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** A page as a browser asks for it, read to the end (the streamed HTML is done when the body is). */
export async function getPage(origin: string, pathname: string, cookie: string): Promise<{ status: number; bytes: number }> {
  const res = await fetch(`${origin}${pathname}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { status: res.status, bytes: body.byteLength };
}

export function percentiles(xs: readonly number[]): string {
  if (xs.length === 0) return "no samples";
  const s = summary(xs);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  return `p50 ${f(s.median)}, p95 ${f(s.p95)}, p99 ${f(s.p99)}, max ${f(s.max)}`;
}
