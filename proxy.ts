import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { queryRoutePath } from "@/lib/query-route";
import { databaseAcceptsConnections } from "@/lib/database-unavailable";
import { isOutageCheck, renderDuringOutage, unavailableResponse } from "@/lib/unavailable-response";

const intl = createMiddleware(routing);

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);
const LOCALE = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);
// Pages that read the database on every request (no data cache in front of them).
const UNCACHED = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);

/**
 * Locale negotiation ("/" redirects by Accept-Language, default ru), and one convenience:
 * a visitor without a session cookie who opens the workspace is sent to the sign-in page.
 * That is only a redirect: every workspace page, action and route handler checks the
 * session and the permission itself. /embed picks its language from ?lang= and is left alone.
 * Pages with their view in the query string are rewritten to cacheable routes (lib/query-route.ts).
 * And one guard: while the database is down, a page that cannot be served from the data
 * cache answers 503 with a localized "temporarily unavailable" page.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const workspace = WORKSPACE.exec(pathname);
  if (workspace && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL(`/${workspace[1]}/sign-in`, request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  // A page can no longer set its status once Next streams it, so "503 while PostgreSQL is
  // down" is decided here: pages that read the database on every request answer 503 at
  // once; others are rendered and passed on when their data came from the cache.
  const locale = LOCALE.exec(pathname)?.[1];
  if (locale && (request.method === "GET" || request.method === "HEAD") && !isOutageCheck(request) && !(await databaseAcceptsConnections())) {
    if (UNCACHED.test(pathname)) return unavailableResponse(locale, pathname + search);
    const rendered = await renderDuringOutage(request, locale, pathname + search);
    if (rendered) return rendered;
  }
  // Pages whose view is in the query string are served from a route that is cached per view.
  const cachedView = queryRoutePath(request.nextUrl);
  if (cachedView) return NextResponse.rewrite(new URL(cachedView, request.url));
  return intl(request);
}

export const config = {
  matcher: "/((?!api|embed/|_next|_vercel|.*\\..*).*)",
};
