/**
 * The portal's public address (`NEXTAUTH_URL`, e.g. https://monitor.example.org), for
 * absolute links: page metadata (language alternates) and the embed code. Pages are cached
 * whole, so they cannot take it from the request; without it, the local server's address.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.NEXTAUTH_URL || `http://localhost:${env.PORT ?? 3000}`);
}
