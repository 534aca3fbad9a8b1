import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale negotiation only: "/" redirects by Accept-Language (default ru). /embed picks
// its language from ?lang= and is left alone.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|embed/|_next|_vercel|.*\\..*).*)",
};
