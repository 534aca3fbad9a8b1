import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale negotiation only: "/" redirects by Accept-Language (default ru).
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
