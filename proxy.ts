import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { queryRoutePath } from "@/lib/query-route";

const intl = createMiddleware(routing);

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);

/**
 * Runs only where it has work (see the matcher): locale negotiation for paths without a
 * locale ("/" redirects by Accept-Language, default ru); the staff pages, where a visitor
 * without a session cookie who opens the workspace is sent to the sign-in page (only a
 * redirect: every workspace page, action and route handler checks the session and the
 * permission itself) and next-intl passes the locale to server actions; and the pages whose
 * view is in the query string, rewritten to a route cached per view (lib/query-route.ts).
 * Every other public page is served from the route cache without it: running a proxy at all
 * costs more than serving a cached page. What happens while the database is down is decided
 * by the server in front (lib/outage.ts).
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const workspace = WORKSPACE.exec(pathname);
  if (workspace && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL(`/${workspace[1]}/sign-in`, request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  const view = queryRoutePath(request.nextUrl);
  if (view) return NextResponse.rewrite(new URL(view, request.url));
  return intl(request);
}

// Literal, as Next requires. A list runs it only when its URL has a query, which the server in
// front marks with a header (scripts/serve.ts: a matcher cannot test for "any query"); without
// one, the URL is the list's default view, served by the page at its path.
export const config = {
  matcher: [
    "/((?!api|embed/|_next|_vercel|(?:ru|en)(?:/|$)|.*\\..*).*)",
    "/:locale(ru|en)/manage/:path*",
    "/:locale(ru|en)/sign-in",
    { source: "/:locale(ru|en)/:list(trade|ventures|summits|initiatives|documents|sources|search)", has: [{ type: "header", key: "x-portal-query" }] },
  ],
};
