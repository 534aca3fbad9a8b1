import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { languageAlternates } from "@/lib/i18n/alternates";
import { localizedHref } from "@/lib/i18n/localized-href";
import { routing, type Locale } from "@/lib/i18n/routing";
import { feedPath, type FollowFilters } from "@/lib/validation/follow";

// Search engines cut titles after about 70 characters and descriptions after about 160.
export const TITLE_MAX = 70;
export const DESCRIPTION_MAX = 160;
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const OG_LOCALE: Record<Locale, string> = { ru: "ru_RU", en: "en_GB" };

/**
 * Text cut to at most `max` characters at a word boundary, with an ellipsis when cut; runs of
 * white space become one space. "Consultative Meeting of the Heads of State" at 20 →
 * "Consultative…".
 */
export function fitText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export type PageMetadataInput = {
  locale: Locale;
  /** The page's path without the locale, with the query that selects its content: "/trade?series=…". */
  path: string;
  /** The page's own title; the site's short name follows it, and the whole stays within TITLE_MAX. */
  title: string;
  description: string;
  /** The site's short name ("CA Monitor"), written after the title. */
  siteName: string;
  /** A preview image's path ("/og/en/trade?series=…"), absolute through metadataBase. */
  image?: { path: string; alt: string };
  type?: "website" | "article";
  /** The title is the whole title (the home page's, which is the site's name). */
  standalone?: boolean;
  /** The Atom feed of what changes on the page's subject (`<link rel="alternate" type="application/atom+xml">`): its path without the locale and its title. */
  feed?: { path: string; title: string };
};

/**
 * Everything a page tells search engines and link previews: its title (cut with an ellipsis to
 * fit TITLE_MAX with the site's name), description, canonical URL (the locale's own, with the
 * query that selects the content), its other languages, and the Open Graph and Twitter card
 * tags, and the feed that follows it. Paths are absolute through the layout's `metadataBase`, which is SITE_URL.
 */
export function buildPageMetadata({ locale, path, title, description, siteName, image, type = "website", standalone, feed }: PageMetadataInput): Metadata {
  const suffix = ` · ${siteName}`;
  const fullTitle = standalone ? fitText(title, TITLE_MAX) : `${fitText(title, TITLE_MAX - suffix.length)}${suffix}`;
  const text = fitText(description, DESCRIPTION_MAX);
  const url = localizedHref(path, locale);
  const images = image ? [{ url: image.path, ...PREVIEW_SIZE, alt: image.alt, type: "image/png" }] : undefined;
  return {
    title: { absolute: fullTitle },
    description: text,
    alternates: {
      canonical: url,
      ...languageAlternates(path),
      ...(feed && { types: { "application/atom+xml": [{ url: localizedHref(feed.path, locale), title: feed.title }] } }),
    },
    openGraph: {
      type,
      title: fullTitle,
      description: text,
      url,
      siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OG_LOCALE[other]),
      ...(images && { images }),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: fullTitle,
      description: text,
      ...(images && { images: images.map(({ url, alt }) => ({ url, alt })) }),
    },
  };
}

/** buildPageMetadata with the site's short name in the page's language. */
export async function pageMetadata(input: Omit<PageMetadataInput, "siteName">): Promise<Metadata> {
  const t = await getTranslations({ locale: input.locale, namespace: "site" });
  return buildPageMetadata({ ...input, siteName: t("shortName") });
}

/**
 * The `feed` of pageMetadata for a page a feed follows: the feed of `filters` (everything
 * without them), titled "Kazakhstan: Atom feed" after `subject`, or "CA Monitor: what changes".
 */
export async function followFeed(locale: Locale, filters: FollowFilters = {}, subject?: string): Promise<{ path: string; title: string }> {
  const [t, tSite] = await Promise.all([getTranslations({ locale, namespace: "follow" }), getTranslations({ locale, namespace: "site" })]);
  return { path: feedPath(filters), title: subject ? t("alternate", { subject }) : t("feedTitle", { site: tSite("shortName") }) };
}
