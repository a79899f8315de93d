import type { NextConfig } from "next";
import { MAX_ACTION_BYTES } from "./lib/request-limits";
import { STATIC_SECURITY_HEADERS } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  // Separate build folders let several test servers run side by side (e2e, bench).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfjs-dist"],
  poweredByHeader: false,
  // proxy.ts answers a larger action in Chinese before it gets here; this is Next's own backstop.
  experimental: {
    serverActions: { bodySizeLimit: MAX_ACTION_BYTES },
    // proxy.ts makes Next buffer every request body, 10 MB by default: a batch of published reports
    // (批量体检, up to 100 MB) must reach its route whole, or it would be read cut off.
    proxyClientMaxBodySize: "101mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
