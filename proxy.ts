import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { FORM_LIMITS, formShapeProblem } from "@/lib/validation/fields";
import { MESSAGES } from "@/lib/i18n/messages";

const intl = createMiddleware(routing);

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const LOCALE = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);
const PER_REQUEST = new RegExp(`^/(${routing.locales.join("|")})/(manage(/|$)|sign-in$|reset-password/)`);
const WORKSPACE = new RegExp(`^/(${routing.locales.join("|")})/manage(/|$)`);
const UNREADABLE = { en: MESSAGES.en.workspace.refused.unreadable, ru: MESSAGES.ru.workspace.refused.unreadable } as const;
// React sends a server action's FormData argument with its fields named "_<n>_<name>".
const ARGUMENT_PREFIX = /^_\d+_/;

/**
 * Runs only where it has work (see the matcher):
 * - a server action's form (any path: an action can be posted to any page) is refused with
 *   400 before the action runs when it falls outside FORM_LIMITS; the action itself checks who
 *   is asking and reads the form bounded again (lib/actions/workspace-action.ts);
 * - locale negotiation for paths without a locale ("/" redirects by Accept-Language, default ru);
 * - the staff pages (with sign-in and the password reset page): a visitor without a session cookie who opens the workspace is sent to
 *   the sign-in page (only a redirect: every workspace page, action and route handler checks
 *   the session and the permission itself; a save is answered by its action, never
 *   redirected, so the form keeps its input), their scripts run only with this request's
 *   nonce, and next-intl passes the locale to server actions.
 * Every public page, a filtered view too (lib/query-route.ts), is served from the route cache
 * without it: running a proxy at all costs more than serving a cached page. What happens
 * while the database is down is decided by the server in front (lib/outage.ts).
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await refuseUnreadableForm(request);
    if (refusal) return refusal;
  }
  const workspace = WORKSPACE.exec(pathname);
  const reading = request.method === "GET" || request.method === "HEAD";
  if (workspace && reading && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL(`/${workspace[1]}/sign-in`, request.url);
    signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  if (reading && PER_REQUEST.test(pathname)) return withNonce(request, intl);
  return intl(request);
}

/**
 * A page rendered for this request only, with a Content-Security-Policy whose nonce Next
 * puts on each of its scripts (it reads the nonce from the request's policy header).
 */
function withNonce(request: NextRequest, next: (request: NextRequest) => NextResponse): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ production: process.env.NODE_ENV === "production", nonce });
  request.headers.set("content-security-policy", policy);
  const response = next(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function refuseUnreadableForm(request: NextRequest): Promise<NextResponse | null> {
  const locale = LOCALE.exec(request.nextUrl.pathname)?.[1] === "en" ? "en" : "ru";
  const refuse = (status: number) => new NextResponse(`${UNREADABLE[locale]}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // The form's text is bounded, and its encoding adds at most a few times that.
  if (Number(request.headers.get("content-length") ?? 0) > 4 * FORM_LIMITS.chars) return refuse(413);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") && !contentType.startsWith("application/x-www-form-urlencoded")) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  if (!form) return refuse(400);
  const fields = [...form.entries()]
    .filter(([name]) => !name.startsWith("$"))
    .map(([name, value]): [string, unknown] => [name.replace(ARGUMENT_PREFIX, ""), value]);
  return formShapeProblem(fields) ? refuse(400) : null;
}

// Literal, as Next requires.
export const config = {
  matcher: [
    "/((?!api|embed/|_next|_vercel|(?:ru|en)(?:/|$)|.*\\..*).*)",
    "/:locale(ru|en)/manage/:path*",
    "/:locale(ru|en)/sign-in",
    "/:locale(ru|en)/reset-password/:token",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
