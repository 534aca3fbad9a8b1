import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The security headers are set by the server in front (lib/security-headers.ts).
  // Next would hash every cached page's HTML on every request for its ETag (a tenth of the
  // server's time on a cached page, docs/BENCHMARKS.md); the open-data API sets its own.
  generateEtags: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "@redis/client", "rate-limiter-flexible"],
  // Without REDIS_URL, rendered pages and cached queries live in this process's memory only: a
  // restarted server (or a new test database behind the same build) never serves what an
  // earlier process cached, whose expired tags it cannot know.
  // app/global-not-found.tsx answers unknown paths (and, through scripts/serve.ts, missing
  // records) in the path's language, outside the root layout, which renders no document.
  experimental: { isrFlushToDisk: false, globalNotFound: true },
};

/**
 * With REDIS_URL, the production server keeps them in Redis instead, shared by every instance
 * (lib/cache-handler.ts; read when the server starts, so the build needs no Redis).
 */
export default function config(phase: string): NextConfig {
  const shared = phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL;
  return withNextIntl(shared ? { ...nextConfig, cacheHandler: path.resolve("lib/cache-handler.ts") } : nextConfig);
}
