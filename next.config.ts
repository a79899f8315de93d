import type { NextConfig } from "next";
import { MAX_ACTION_BYTES } from "./lib/request-limits";
import { STATIC_SECURITY_HEADERS } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  // Separate build folders let several test servers run side by side (e2e, bench).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // proxy.ts answers a larger action in Chinese before it gets here; this is Next's own backstop.
  experimental: { serverActions: { bodySizeLimit: MAX_ACTION_BYTES } },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
