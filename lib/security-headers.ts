/**
 * The Content-Security-Policy: everything from this origin only. Inline scripts stay
 * allowed because Next streams its page data in them; eval does not, except for React's
 * development tools. Only /embed may be framed, by any site (that is what it is for).
 */
function contentSecurityPolicy(frameAncestors: string, production: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const COMMON: [string, string][] = [
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Content-Type-Options", "nosniff"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
];

/**
 * The headers every response carries, set by the server (scripts/serve.ts) before Next
 * answers: there they cost a few assignments, where next.config.ts's `headers()` would
 * compile each value again for every request, static files included.
 */
export function securityHeaders(production: boolean): (pathname: string) => [string, string][] {
  const framable: [string, string][] = [...COMMON, ["Content-Security-Policy", contentSecurityPolicy("*", production)]];
  const other: [string, string][] = [...COMMON, ["Content-Security-Policy", contentSecurityPolicy("'none'", production)], ["X-Frame-Options", "DENY"]];
  return (pathname) => (pathname.startsWith("/embed/") ? framable : other);
}
