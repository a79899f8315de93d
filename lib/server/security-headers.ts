/**
 * The Content-Security-Policy of every page. Scripts run only from this origin
 * and with this response's nonce (Next.js puts it on its own inline scripts when
 * it finds the policy on the request, see proxy.ts); 'strict-dynamic' lets those
 * load the page's chunks. Inline style attributes stay allowed: the grids size
 * their columns with them, and a style cannot run code. No page may be framed
 * (clickjacking of the submit and approve buttons), forms post only here.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sent with every response (next.config.ts), static files included. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];
