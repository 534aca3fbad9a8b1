import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The request header by which the server in front (scripts/serve.ts) tells a page rendered
 * outside any locale, the not-found page, which language the requested path is in.
 */
export const PATH_LOCALE_HEADER = "x-portal-path-locale";

const PREFIX = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);

/** The locale a path ("/en/…") starts with, or null for a path outside the locales ("/api/…"). */
export function localeInPath(pathname: string): Locale | null {
  return (PREFIX.exec(pathname)?.[1] as Locale | undefined) ?? null;
}

/** The locale a path ("/en/…") is in, the default locale for any other path. */
export function pathLocale(pathname: string): Locale {
  return localeInPath(pathname) ?? routing.defaultLocale;
}
