/**
 * Runs once when the server starts: a production server without a secret of its
 * own refuses to start (lib/server/refuse-without-secret.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/server/refuse-without-secret");
}
