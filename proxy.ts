import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { auth } from "@/lib/server/auth";
import { lookupSession } from "@/lib/server/session-lookup";

/**
 * The gate in front of every page, route handler and server action except the
 * public ones. Without a valid session a page is redirected to the login page
 * (and back afterwards); everything else — a server action's POST, a download,
 * an API call — gets 401, so the editor can keep an unsaved change and ask the
 * clerk to log in again instead of navigating away.
 * Authorization (which unit's reports) is decided again in lib/server/*, per record.
 */
const PUBLIC = [/^\/$/, /^\/login(\/|$)/, /^\/api\/auth\//];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((re) => re.test(pathname))) return NextResponse.next();

  // The API's route handlers look the session up themselves (and answer 401 on their own): checking
  // only that a session cookie is there spares every autosave a second session lookup.
  if (pathname.startsWith("/api/")) return getSessionCookie(request) ? NextResponse.next() : unauthenticated();

  const session = await hasSession(request.headers);
  // A document request or a client-side navigation (RSC fetch) of a page; never a server action.
  const isPage =
    request.method === "GET" &&
    !request.headers.has("next-action") &&
    ((request.headers.get("accept") ?? "").includes("text/html") || request.headers.has("rsc"));

  if (!session) {
    if (isPage) {
      const url = new URL("/login", request.url);
      url.search = `?next=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
    return unauthenticated();
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nianbao-path", pathname + search);
  return NextResponse.next({ request: { headers: forwarded } });
}

/** Whether the request carries a live session; the page itself extends it (lib/server/acting-user.ts). */
async function hasSession(headers: Headers): Promise<boolean> {
  try {
    const found = await lookupSession(headers);
    if (found.kind !== "askBetterAuth") return found.kind === "found";
    return (await auth.api.getSession({ headers, query: { disableRefresh: true } })) !== null;
  } catch {
    return false;
  }
}

function unauthenticated() {
  return NextResponse.json({ ok: false, kind: "unauthenticated", message: "登录已失效，请重新登录" }, { status: 401 });
}

export const config = {
  // Everything but Next's own assets and files in public/.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg|css|js|woff2?)$).*)"],
};
