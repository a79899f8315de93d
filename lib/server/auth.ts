import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { username } from "better-auth/plugins";
import { db } from "./db";
import { clearLoginFailures, loginBlockedMinutes, recordLoginFailure } from "./login-throttle";

/**
 * A dev-only default so `npm start` and CI run without configuration. Any real
 * deployment must set BETTER_AUTH_SECRET (see README); sessions signed with this
 * value are forgeable by anyone who reads the source.
 */
const DEV_ONLY_SECRET = "nianbao-DEV-ONLY-secret-set-BETTER_AUTH_SECRET-in-production-7f3a9c1e5b";

const secret = process.env.BETTER_AUTH_SECRET || DEV_ONLY_SECRET;
if (!process.env.BETTER_AUTH_SECRET && process.env.NODE_ENV === "production" && !process.env.NEXT_PHASE) {
  console.warn("[年报通] 未设置 BETTER_AUTH_SECRET，正在使用仅供演示的默认密钥。正式部署前请设置该环境变量。");
}

export const DISABLED_MESSAGE = "账号已停用，请联系管理员";

/** Session cookies are Secure only when the site is served over https (an intranet server is often plain http). */
const secureCookies = (process.env.BETTER_AUTH_URL ?? "").startsWith("https://");

const usernameOf = (body: unknown): string =>
  body && typeof body === "object" && typeof (body as { username?: unknown }).username === "string"
    ? (body as { username: string }).username
    : "";

export const auth = betterAuth({
  secret,
  // baseURL: BETTER_AUTH_URL when set, otherwise taken from each request (any port works).
  database: prismaAdapter(db, { provider: "sqlite" }),
  // No public sign-up: the admin creates accounts (lib/server/admin-service.ts).
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
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
  // Our own per-username backoff (login-throttle.ts) answers in Chinese; the generic IP limiter would also
  // throttle a whole office behind one NAT address.
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
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/username") return;
      const name = usernameOf(ctx.body);
      const minutes = name ? await loginBlockedMinutes(name) : 0;
      if (minutes > 0) {
        throw new APIError("TOO_MANY_REQUESTS", {
          message: `登录失败次数过多，请 ${minutes} 分钟后再试`,
          code: "TOO_MANY_LOGIN_FAILURES",
        });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/username") return;
      const name = usernameOf(ctx.body);
      if (!name) return;
      const returned = ctx.context.returned;
      if (returned instanceof APIError) {
        if (returned.statusCode === 401) await recordLoginFailure(name);
      } else {
        await clearLoginFailures(name);
      }
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
