import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-url";

// Read at request time, so the sitemap's address follows SITE_URL rather than the build's.
export const dynamic = "force-dynamic";

/** /robots.txt: everything public may be crawled; the staff workspace and sign-in may not. */
export default function robots(): MetadataRoute.Robots {
  const staff = routing.locales.flatMap((locale) => [`/${locale}/manage`, `/${locale}/sign-in`]);
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...staff, "/api/auth/"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).href,
  };
}
