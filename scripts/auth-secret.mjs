// The session-signing secret for a server started by `npm start` or the e2e runner:
// BETTER_AUTH_SECRET when set, otherwise a random one made on first start and kept
// beside the SQLite database (data/ for any other database) in a file only its
// owner may read (mode 600), so sessions survive a restart.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** @param {string} databaseUrl */
export function secretFileFor(databaseUrl) {
  const dir = databaseUrl.startsWith("file:") ? path.dirname(path.resolve(databaseUrl.slice("file:".length))) : path.resolve("data");
  return path.join(dir, "auth-secret");
}

/** @param {Record<string, string | undefined>} [env] @returns {string} */
export function ensureAuthSecret(env = process.env) {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = secretFileFor(env.DATABASE_URL ?? "file:./data/nianbao.db");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}
