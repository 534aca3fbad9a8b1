import type { Metadata } from "next";
import { localizedHref } from "@/lib/i18n/localized-href";
import { routing } from "@/lib/i18n/routing";

/**
 * A page's `<link rel="alternate" hreflang>` in every language, from its path without the
 * locale ("/trade?series=…", "/" for the home page); x-default is that path without a locale,
 * which redirects by the browser's language. Absolute through the layout's `metadataBase`.
 */
export function languageAlternates(path: string): NonNullable<Metadata["alternates"]> {
  return { languages: { ...Object.fromEntries(routing.locales.map((locale) => [locale, localizedHref(path, locale)])), "x-default": path } };
}
