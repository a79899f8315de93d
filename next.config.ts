import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let several test servers run side by side (e2e, bench).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
