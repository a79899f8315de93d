/**
 * better-auth's HTTP endpoints, only the three this app uses: signing in by
 * username, signing out, reading the session. Everything else the library offers
 * (update-user, change-password, change-email, list-sessions, …) would let a
 * clerk rename themselves or set a weak password behind the admin's back, so it
 * answers 404 here; accounts are the admin's (lib/server/admin-service.ts).
 */
import { toNextJsHandler } from "better-auth/next-js";
import { auth, BUSY_MESSAGE, signInQueued } from "@/lib/server/auth";
import { isHttps, withSecureCookies } from "@/lib/server/secure-cookies";

const handler = toNextJsHandler(auth);

const ALLOWED = { POST: ["/api/auth/sign-in/username", "/api/auth/sign-out"], GET: ["/api/auth/get-session"] } as const;

const notFound = () => Response.json({ ok: false, kind: "notFound", message: "没有这个地址。" }, { status: 404 });

const secured = (request: Request, res: Response) => (isHttps(request.headers) ? withSecureCookies(res) : res);

export async function GET(request: Request) {
  if (!(ALLOWED.GET as readonly string[]).includes(new URL(request.url).pathname)) return notFound();
  return secured(request, await handler.GET(request));
}

const busy = () => Response.json({ code: "SIGN_IN_BUSY", message: BUSY_MESSAGE }, { status: 429, headers: { "retry-after": "5" } });

export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  if (!(ALLOWED.POST as readonly string[]).includes(path)) return notFound();
  if (path !== "/api/auth/sign-in/username") return secured(request, await handler.POST(request));
  // Sign-ins wait in the bounded queue (lib/server/hash-queue.ts); past it they are answered at once.
  const res = await signInQueued(() => handler.POST(request));
  return res === "busy" ? busy() : secured(request, res);
}
