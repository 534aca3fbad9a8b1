import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";
import { readAllPages } from "@/lib/queries/paging";
import { listTimeline, type TimelineEvent } from "@/lib/queries/summits";
import { parseEventFilters } from "@/lib/validation/filters";

/**
 * What the CSV and iCalendar exports share: the locale of the path (null when it is not
 * one), the whole timeline filtered by the request's query exactly as the page filters it
 * (read a page at a time, past the data cache: a file of thousands of events is no cache
 * entry), and the page URL of each event.
 */
export async function loadTimelineExport(request: Request, params: Promise<{ locale: string }>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const url = new URL(request.url);
  const filters = parseEventFilters(Object.fromEntries(url.searchParams));
  const [items, tKind, tTimeline] = await Promise.all([
    readAllPages((request) => listTimeline(filters, request)),
    getTranslations({ locale, namespace: "eventKind" }),
    getTranslations({ locale, namespace: "timeline" }),
  ]);
  const eventUrl = (event: TimelineEvent) => new URL(`/${locale}/summits/${event.slug}`, url.origin).toString();
  return { locale: locale as Locale, items, tKind, tTimeline, eventUrl };
}
