import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { localizedHref } from "@/lib/i18n/localized-href";
import { siteUrl } from "@/lib/site-url";
import { cachedSitemap } from "@/lib/queries/sitemap";

// Built from the database on request (the build has none), then kept in the data cache.
export const dynamic = "force-dynamic";

// The public pages that are not one record's; the staff pages are left out (robots.ts).
const LISTS = ["/", "/trade", "/targets", "/summits", "/initiatives", "/documents", "/ventures", "/sources", "/data"];

/**
 * /sitemap.xml: every public page in each language, with the other language as its alternate
 * and, for a record, `lastmod` from its `updatedAt`. Absolute through SITE_URL.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const records = await cachedSitemap.listSitemapRecords();
  const pages: { path: string; updatedAt?: Date }[] = [...LISTS.map((path) => ({ path })), ...records];
  const url = (path: string, locale: string) => new URL(localizedHref(path, locale), base).href;
  return pages.flatMap(({ path, updatedAt }) =>
    routing.locales.map((locale) => ({
      url: url(path, locale),
      ...(updatedAt && { lastModified: updatedAt }),
      alternates: { languages: Object.fromEntries(routing.locales.map((other) => [other, url(path, other)])) },
    })),
  );
}
