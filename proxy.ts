import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { auth } from "@/lib/server/auth";
import { hit } from "@/lib/server/rate-counter";
import { contentSecurityPolicy } from "@/lib/server/security-headers";
import { lookupSession } from "@/lib/server/session-lookup";
import { ACTIONS_PER_MINUTE, MAX_ACTION_BYTES, TOO_FREQUENT_MESSAGE, TOO_LARGE_MESSAGE } from "@/lib/request-limits";

/**
 * The gate in front of every page, route handler and server action except the
 * public ones. Without a valid session a page is redirected to the login page
 * (and back afterwards); everything else — a server action's POST, a download,
 * an API call — gets 401, so the editor can keep an unsaved change and ask the
 * clerk to log in again instead of navigating away.
 * Here too: every response's CSP nonce, a 400 for an address that is not valid
 * percent-encoding, and for server actions the body limit (413) and the per-user
 * rate (429), counted in the database so all server processes share it.
 * Authorization (which unit's reports) is decided again in lib/server/*, per record.
 */
const PUBLIC = [/^\/$/, /^\/login(\/|$)/, /^\/api\/auth\//];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const answer = (res: NextResponse) => {
    res.headers.set("Content-Security-Policy", csp);
    return res;
  };

  if (!decodable(pathname)) return answer(refusal(400, "badAddress", "网址有误（含无法识别的字符），请检查后重试。"));
  const isAction = request.method === "POST" && request.headers.has("next-action");
  if (isAction && Number(request.headers.get("content-length") ?? "0") > MAX_ACTION_BYTES) {
    return answer(refusal(413, "tooLarge", TOO_LARGE_MESSAGE));
  }

  // Next.js reads the nonce for its own scripts from the request's policy header.
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", csp);
  forwarded.set("x-nonce", nonce);
  const pass = () => answer(NextResponse.next({ request: { headers: forwarded } }));

  if (PUBLIC.some((re) => re.test(pathname))) return pass();

  // The API's route handlers look the session up themselves (and answer 401 on their own): checking
  // only that a session cookie is there spares every autosave a second session lookup.
  if (pathname.startsWith("/api/")) return getSessionCookie(request) ? pass() : answer(unauthenticated());

  const userId = await sessionUserId(request.headers);
  // A document request or a client-side navigation (RSC fetch) of a page; never a server action.
  const isPage =
    request.method === "GET" &&
    !isAction &&
    ((request.headers.get("accept") ?? "").includes("text/html") || request.headers.has("rsc"));

  if (!userId) {
    if (isPage) {
      const url = new URL("/login", request.url);
      url.search = `?next=${encodeURIComponent(pathname + search)}`;
      return answer(NextResponse.redirect(url));
    }
    return answer(unauthenticated());
  }
  if (isAction && (await hit(`action:${userId}`, 60_000)).count > ACTIONS_PER_MINUTE) {
    return answer(refusal(429, "tooFrequent", TOO_FREQUENT_MESSAGE));
  }

  forwarded.set("x-nianbao-path", pathname + search);
  return pass();
}

/** Next.js decodes the path for its route parameters and answers a bare 500 when it cannot. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The user id of the request's live session, or null; the page itself extends it (lib/server/acting-user.ts). */
async function sessionUserId(headers: Headers): Promise<string | null> {
  try {
    const found = await lookupSession(headers);
    if (found.kind === "found") return found.user.id;
    if (found.kind === "none") return null;
    return (await auth.api.getSession({ headers, query: { disableRefresh: true } }))?.user.id ?? null;
  } catch {
    return null;
  }
}

function refusal(status: number, kind: string, message: string) {
  return NextResponse.json({ ok: false, kind, message }, { status });
}

function unauthenticated() {
  return refusal(401, "unauthenticated", "登录已失效，请重新登录");
}

export const config = {
  // Everything but Next's own assets and files in public/.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg|css|js|woff2?)$).*)"],
};
