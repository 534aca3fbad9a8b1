import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const production = process.env.NODE_ENV === "production";

/**
 * The Content-Security-Policy: everything from this origin only. Inline scripts stay
 * allowed because Next streams its page data in them; eval does not, except for React's
 * development tools. Only /embed may be framed, by any site (that is what it is for).
 */
function contentSecurityPolicy(frameAncestors: string): string {
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

const COMMON_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // Rendered pages and cached queries live in this process's memory only: a restarted
  // server (or a new test database behind the same build) never serves what an earlier
  // process cached, whose expired tags it cannot know.
  experimental: { isrFlushToDisk: false },
  async headers() {
    return [
      {
        source: "/:path((?!embed/).*)",
        headers: [...COMMON_HEADERS, { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") }, { key: "X-Frame-Options", value: "DENY" }],
      },
      { source: "/embed/:path*", headers: [...COMMON_HEADERS, { key: "Content-Security-Policy", value: contentSecurityPolicy("*") }] },
    ];
  },
};

export default withNextIntl(nextConfig);
