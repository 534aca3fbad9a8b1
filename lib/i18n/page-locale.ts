import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The locale of a page or layout from its params; any other first path segment (a stray
 * "/favicon.ico", say) is a 404 rather than a formatter fed a bogus locale. Layouts and
 * pages render concurrently, so each of them calls this.
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
