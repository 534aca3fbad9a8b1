import type { Locale } from "@/lib/i18n/routing";

/** Picks the field of a bilingual record for the page's language. */
export function localized<T>(locale: Locale, ru: T, en: T): T {
  return locale === "ru" ? ru : en;
}
