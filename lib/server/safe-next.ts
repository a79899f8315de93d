/**
 * Where to go after signing in (?next=). The value is resolved with the URL
 * parser against the app's own origin — the way the browser will resolve the
 * redirect — so tricks a prefix check misses (`/%09/evil.example`, `/\evil`,
 * tabs and newlines, which the parser strips) end up on another origin and are
 * refused. Only the app's own pages are accepted; anything else is null, and the
 * caller sends the user to their role's start page.
 */
const APP_PAGES = [/^\/reports(\/[A-Za-z0-9_-]+)?$/, /^\/review(\/[A-Za-z0-9_-]+)?$/, /^\/admin$/];

const ORIGIN = "http://nianbao.invalid";

export function safeNext(next: unknown): string | null {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN || !APP_PAGES.some((re) => re.test(url.pathname))) return null;
  return url.pathname + url.search;
}
