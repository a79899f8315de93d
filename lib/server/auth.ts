import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { username } from "better-auth/plugins";
import { db, dbProvider } from "./db";
import { authSecret, MISSING_SECRET_MESSAGE } from "./auth-secret";
import { clientAddress } from "./client-address";
import { createHashQueue, HashQueueFull } from "./hash-queue";
import { loginNotJudged, loginSucceeded, reserveLoginAttempt } from "./login-throttle";

// instrumentation.ts already stopped a production server without a secret; this is the backstop.
const secret = authSecret() ?? (() => { throw new Error(MISSING_SECRET_MESSAGE); })();

export const BUSY_MESSAGE = "当前登录的人较多，请稍等几秒再试";

const signInQueue = createHashQueue();

/**
 * Runs one sign-in (the HTTP endpoint or the login form's action) in the bounded
 * queue (hash-queue.ts); "busy" when the queue is full, at once.
 */
export async function signInQueued<T>(work: () => Promise<T>): Promise<T | "busy"> {
  try {
    return await signInQueue(work);
  } catch (e) {
    if (e instanceof HashQueueFull) return "busy";
    throw e;
  }
}

export const DISABLED_MESSAGE = "账号已停用，请联系管理员";

/**
 * Session cookies are Secure when the site is configured as https; a request that reached us over https
 * through a proxy gets Secure cookies anyway (secure-cookies.ts). An intranet server is often plain http.
 */
const secureCookies = (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");

const usernameOf = (body: unknown): string =>
  body && typeof body === "object" && typeof (body as { username?: unknown }).username === "string"
    ? (body as { username: string }).username
    : "";

export const auth = betterAuth({
  secret,
  // baseURL: BETTER_AUTH_URL when set, otherwise taken from each request (any port works).
  database: prismaAdapter(db, { provider: dbProvider }),
  // No public sign-up: the admin creates accounts (lib/server/admin-service.ts).
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: 8,
  },
  // Sign-in is by username only (the e-mail addresses are placeholders); sign-up is the admin's job;
  // nobody outside may probe which usernames exist.
  disabledPaths: ["/sign-in/email", "/sign-up/email", "/is-username-available"],
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  user: {
    additionalFields: {
      role: { type: "string", input: false, defaultValue: "clerk" },
      organizationId: { type: "string", input: false, required: false },
    },
  },
  advanced: { useSecureCookies: secureCookies },
  // Our own limits (login-throttle.ts, per username and per address, in the database) answer in Chinese;
  // better-auth's limiter keeps its counts in process memory.
  rateLimit: { enabled: false },
  databaseHooks: {
    session: {
      create: {
        // A disabled account (or one whose unit is disabled) gets no session, even with the right password.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, include: { organization: true } });
          if (!user || user.banned || user.organization?.disabled) {
            throw new APIError("FORBIDDEN", { message: DISABLED_MESSAGE, code: "ACCOUNT_DISABLED" });
          }
        },
      },
    },
  },
  hooks: {
    // A sign-in reserves its slot in the throttle before any password is checked, and gives it back
    // unless the password turned out wrong (see login-throttle.ts).
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/username") return;
      const reserved = await reserveLoginAttempt(usernameOf(ctx.body), clientAddress(ctx.headers));
      if (!reserved.ok) {
        throw new APIError("TOO_MANY_REQUESTS", {
          message: `登录失败次数过多，请 ${reserved.minutes} 分钟后再试`,
          code: "TOO_MANY_LOGIN_FAILURES",
        });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/username") return;
      const name = usernameOf(ctx.body);
      const address = clientAddress(ctx.headers);
      const returned = ctx.context.returned;
      if (!(returned instanceof APIError)) await loginSucceeded(name, address);
      else if (returned.statusCode !== 401) await loginNotJudged(name, address);
    }),
  },
  logger: {
    // The base URL comes from each request on purpose (any port, any intranet host); its warning would repeat on every start.
    log: (level, message, ...args) => {
      if (message.includes("Base URL is not set")) return;
      (level === "error" ? console.error : console.warn)(`[better-auth] ${message}`, ...args);
    },
  },
  plugins: [username(), nextCookies()],
});
