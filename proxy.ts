import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { databaseAcceptsConnections } from "@/lib/database-unavailable";
import { unavailableResponse } from "@/lib/unavailable-response";

const intl = createMiddleware(routing);

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);
// Pages that read the database on every request (no data cache in front of them).
const UNCACHED = new RegExp(`^/(${routing.locales.join("|")})/(search|manage)(/|$)`);

/**
 * Locale negotiation ("/" redirects by Accept-Language, default ru), and one convenience:
 * a visitor without a session cookie who opens the workspace is sent to the sign-in page.
 * That is only a redirect: every workspace page, action and route handler checks the
 * session and the permission itself. /embed picks its language from ?lang= and is left alone.
 * And one guard: while the database is down, pages that read it on every request answer 503.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const workspace = WORKSPACE.exec(pathname);
  if (workspace && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL(`/${workspace[1]}/sign-in`, request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  // A page can no longer set its status once Next streams it, so a page that needs the
  // database on every request answers 503 here while PostgreSQL is down. Cached pages go
  // on and are served from the data cache.
  const uncached = UNCACHED.exec(pathname);
  if (uncached && !(await databaseAcceptsConnections())) return unavailableResponse(uncached[1] ?? routing.defaultLocale, pathname + search);
  return intl(request);
}

export const config = {
  matcher: "/((?!api|embed/|_next|_vercel|.*\\..*).*)",
};
