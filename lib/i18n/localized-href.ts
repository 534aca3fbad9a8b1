/**
 * An in-app path in a locale: "/trade" → "/en/trade", "/" → "/en", "/manage/audit?entity=venture"
 * → "/en/manage/audit?entity=venture". Every locale is prefixed (next-intl's default
 * `localePrefix: "always"`), which is what next-intl's getPathname returns; this one needs no
 * i18n runtime in the browser. Anything not starting with a single "/" is left as it is.
 */
export function localizedHref(href: string, locale: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  return /^\/(\?|$)/.test(href) ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}

/**
 * The same page in another language: "/en/summits/x" → "/ru/summits/x". A list rendered at
 * its cached view route ("/en/summits/view/…", see lib/query-route.ts) links to the list.
 */
export function pathInLocale(pathname: string, locale: string): string {
  return pathname.replace(/\/view\/[^/]+$/, "").replace(/^\/[^/?#]*/, `/${locale}`);
}
