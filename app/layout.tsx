import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: "年报通 · 政府信息公开工作年度报告",
  description: "政府信息公开工作年度报告的填报、勾稽检查、审核与排版",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next.js can put this response's CSP nonce (proxy.ts) on its scripts.
  await headers();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
