// The settings read here; process.env is one.
type Env = Record<string, string | undefined>;

/**
 * The portal's public address (`SITE_URL`, e.g. https://monitor.example.org), for absolute
 * links (page metadata, the embed code) and for whether the session cookie is `Secure`.
 * Pages are cached whole, so they cannot take it from the request; without it, the local
 * server's address (development, tests, the embedded try-it mode).
 */
export function siteUrl(env: Env = process.env): URL {
  return new URL(env.SITE_URL || `http://localhost:${env.PORT ?? 3000}`);
}

/** Whether the portal is served over https, so the session cookie must be `Secure`. */
export function servedOverHttps(env: Env = process.env): boolean {
  return siteUrl(env).protocol === "https:";
}

/**
 * SITE_URL as `npm start` passes it on: an absolute http(s) address without a path. A
 * production server refuses to start without it (next-auth would otherwise put
 * http://localhost:3000 into its redirects, and cookies would not be `Secure` behind
 * https); development and the embedded try-it mode default to http://localhost:$PORT.
 */
export function resolveSiteUrl(env: Env, options: { allowDefault: boolean }): string {
  const configured = env.SITE_URL?.trim();
  if (!configured) {
    if (options.allowDefault) return `http://localhost:${env.PORT ?? 3000}`;
    throw new Error("SITE_URL is not set. In production set it to the portal's public address, e.g. https://monitor.example.org.");
  }
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`SITE_URL (${configured}) is not an address: write it in full, e.g. https://monitor.example.org.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SITE_URL (${configured}) must start with https:// (or http:// for a local server).`);
  if (url.pathname !== "/" || url.search || url.hash) throw new Error(`SITE_URL (${configured}) must be the site's root, without a path: ${url.origin}`);
  return url.origin;
}

/**
 * Why a production server must not start with these settings, or null: SITE_URL missing or
 * malformed. Checked by instrumentation.ts when Next's server starts, however it is started
 * (`npm start`, scripts/serve.ts, or a bare `next start`), so no page is ever written with a
 * guessed address such as http://localhost:3000.
 */
export function productionSiteUrlProblem(env: Env): string | null {
  if (env.NODE_ENV !== "production" || env.NEXT_PHASE === "phase-production-build") return null;
  try {
    resolveSiteUrl(env, { allowDefault: false });
    return null;
  } catch (error) {
    return `${(error as Error).message} The portal writes every absolute link (canonical, og:url, sitemap, embed code, CSV and iCal links) from it, so it refuses to start without it.`;
  }
}
