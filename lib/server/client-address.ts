/**
 * The address a request came from, for the per-address sign-in limit: the last
 * X-Forwarded-For entry, which is what the nearest proxy saw (Next.js fills the
 * header from the socket when no proxy set it). Behind a reverse proxy, that
 * proxy must set the header; served directly, a client can name any address, so
 * the per-username limit is the one that always holds.
 */
export function clientAddress(headers: Headers | undefined | null): string {
  const forwarded = headers?.get("x-forwarded-for") ?? "";
  const last = forwarded.split(",").pop()?.trim() ?? "";
  return last.slice(0, 64) || "unknown";
}
