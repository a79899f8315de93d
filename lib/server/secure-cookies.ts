/**
 * Cookies get the Secure flag whenever the request reached us over https, also
 * behind a reverse proxy that terminates TLS and says so in X-Forwarded-Proto —
 * without BETTER_AUTH_URL having to be set. (Over plain http, as on many
 * intranets, a Secure cookie would never come back, so it stays off there.)
 */
export function isHttps(headers: Headers): boolean {
  const proto = (headers.get("x-forwarded-proto") ?? "").split(",")[0].trim().toLowerCase();
  return proto === "https";
}

/** The response with "; Secure" on each of its Set-Cookie headers that lacks it. */
export function withSecureCookies(res: Response): Response {
  const cookies = res.headers.getSetCookie();
  if (cookies.length === 0) return res;
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  for (const c of cookies) headers.append("set-cookie", /;\s*secure\b/i.test(c) ? c : `${c}; Secure`);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
