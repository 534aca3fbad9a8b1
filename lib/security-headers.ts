/**
 * The Content-Security-Policy: everything from this origin only. Scripts need a nonce where
 * the page is rendered for each request (the workspace and sign-in pages, set by proxy.ts),
 * so an injected script would not run there. The public pages are rendered once and served
 * to everyone from the route cache, so a per-request nonce cannot be in their HTML, and
 * Next streams each page's data in inline scripts whose hashes differ per page: they keep
 * 'unsafe-inline' for scripts (docs/SECURITY.md says why). Eval
 * is allowed only for React's development tools. Only /embed may be framed, by any site
 * (that is what it is for).
 */
export function contentSecurityPolicy(options: { production: boolean; framable?: boolean; nonce?: string }): string {
  const scripts = options.nonce ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${options.production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.framable ? "*" : "'none'"}`,
  ].join("; ");
}

const COMMON: [string, string][] = [
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Content-Type-Options", "nosniff"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
];

// The embeddable pages, by the path Next routes: "/embed/trade" (a query or a trailing slash
// aside), nothing encoded or with dot segments.
const EMBED = /^\/embed\/[a-z0-9-]+\/?$/;

/**
 * Whether a request target may be framed, decided on the path as Next will route it: dot
 * segments resolved (also percent-encoded ones), so "/embed/%2e%2e/en/manage" is the
 * workspace and is not framable.
 */
export function isFramable(target: string): boolean {
  let pathname: string;
  try {
    pathname = new URL(target, "http://portal.invalid").pathname;
  } catch {
    return false;
  }
  return EMBED.test(pathname);
}

/**
 * The headers every response carries, set by the server (scripts/serve.ts) before Next
 * answers: there they cost a few assignments, where next.config.ts's `headers()` would
 * compile each value again for every request, static files included. proxy.ts replaces the
 * policy with a nonce-based one on the pages it renders per request.
 */
export function securityHeaders(production: boolean): (target: string) => [string, string][] {
  const framable: [string, string][] = [...COMMON, ["Content-Security-Policy", contentSecurityPolicy({ production, framable: true })]];
  const other: [string, string][] = [...COMMON, ["Content-Security-Policy", contentSecurityPolicy({ production })], ["X-Frame-Options", "DENY"]];
  return (target) => (isFramable(target) ? framable : other);
}
