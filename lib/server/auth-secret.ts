/**
 * The key that signs session cookies. Anyone who knows it can sign in as anyone,
 * so a production server never uses one that is written in the source: `npm start`
 * (scripts/start.mjs) passes BETTER_AUTH_SECRET or a random one kept beside the
 * database, and instrumentation.ts stops a production server that has neither.
 * Development and the unit tests use DEV_ONLY_SECRET.
 */
export const DEV_ONLY_SECRET = "nianbao-DEV-ONLY-secret-set-BETTER_AUTH_SECRET-in-production-7f3a9c1e5b";

export const MISSING_SECRET_MESSAGE =
  "[年报通] 未设置 BETTER_AUTH_SECRET（或仍是源代码中的演示密钥），生产环境拒绝启动。请用 npm start 启动（首次启动会生成随机密钥并保存在数据库旁），或设置至少 32 个字符的随机 BETTER_AUTH_SECRET。";

type Env = Record<string, string | undefined>;

/** Whether this process serves requests in production (not `next build`, which evaluates modules too). */
export const isProductionServer = (env: Env = process.env) => env.NODE_ENV === "production" && !env.NEXT_PHASE;

/** The secret to sign with, or null when this production server has no acceptable one. */
export function authSecret(env: Env = process.env): string | null {
  const given = env.BETTER_AUTH_SECRET;
  if (given && given !== DEV_ONLY_SECRET && given.length >= 32) return given;
  return isProductionServer(env) ? null : given || DEV_ONLY_SECRET;
}
