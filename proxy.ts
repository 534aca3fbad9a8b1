import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);

/**
 * Locale negotiation ("/" redirects by Accept-Language, default ru), and one convenience:
 * a visitor without a session cookie who opens the workspace is sent to the sign-in page.
 * That is only a redirect: every workspace page, action and route handler checks the
 * session and the permission itself. /embed picks its language from ?lang= and is left alone.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const workspace = WORKSPACE.exec(pathname);
  if (workspace && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL(`/${workspace[1]}/sign-in`, request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  return intl(request);
}

export const config = {
  matcher: "/((?!api|embed/|_next|_vercel|.*\\..*).*)",
};
