import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { cacheHandlerPath } from "./lib/server-build";
import { VIEW_REWRITE } from "./lib/view-rewrite";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project before it builds for the browser tests
  // (`npm run check`), so that build skips Next's second pass over the same files.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  // The security headers are set by the server in front (lib/security-headers.ts).
  // Next would hash every cached page's HTML on every request for its ETag (a tenth of the
  // server's time on a cached page, docs/BENCHMARKS.md); the open-data API sets its own.
  generateEtags: false,
  // scripts/serve.ts compresses in front of Next, compressing each large cached page once
  // (lib/ops/page-bytes.ts); Next's own compression would compress it again on every request.
  compress: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "@redis/client", "rate-limiter-flexible"],
  // Without REDIS_URL, rendered pages and cached queries live in this process's memory only: a
  // restarted server (or a new test database behind the same build) never serves what an
  // earlier process cached, whose expired tags it cannot know.
  // app/global-not-found.tsx answers unknown paths (and, through scripts/serve.ts, missing
  // records) in the path's language, outside the root layout, which renders no document.
  experimental: { isrFlushToDisk: false, globalNotFound: true },
  // A filtered list, a target's horizon, the embed's series: served from their view's route.
  rewrites: async () => ({ beforeFiles: [VIEW_REWRITE], afterFiles: [], fallback: [] }),
};

/**
 * Only scripts/serve.ts serves the portal (it sets PORTAL_SERVER before Next loads): a bare
 * `next start` or `next dev` would answer every filtered view (lib/query-route.ts) with its
 * default one and send the security headers, the outage answer and the missing records' 404
 * nowhere, so it stops here with what to run instead. With REDIS_URL, the production server
 * keeps the cache in Redis instead, shared by every instance (lib/cache-handler.ts; read when
 * the server starts, so the build needs no Redis).
 */
export default function config(phase: string): NextConfig {
  if ((phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) && process.env.PORTAL_SERVER !== "1") {
    throw new Error(
      "Serve the portal with `npm start` (or `npm run dev`), not `next start`/`next dev`: its server, scripts/serve.ts, " +
        "adds the filtered views, the security headers and the outage answer that Next alone would leave out. See docs/operations.md.",
    );
  }
  const shared = phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL;
  return withNextIntl(shared ? { ...nextConfig, cacheHandler: cacheHandlerPath() } : nextConfig);
}
