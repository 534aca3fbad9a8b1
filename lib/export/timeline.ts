import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/lib/i18n/routing";
import { eachPage } from "@/lib/paging";
import { listTimeline, type TimelineEvent } from "@/lib/queries/summits";
import { parseEventFilters } from "@/lib/validation/filters";
import { siteUrl } from "@/lib/site-url";

/**
 * What the CSV and iCalendar exports share: the locale of the path (null when it is not
 * one), the whole timeline filtered by the request's query exactly as the page filters it,
 * as pages of events to stream (past the data cache: a file of thousands of events is no
 * cache entry), and the page URL of each event (from SITE_URL). The first page is read before the answer
 * starts, so a database failure is an error response, not a cut-off file.
 */
export async function loadTimelineExport(request: Request, params: Promise<{ locale: string }>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  const url = new URL(request.url);
  const filters = parseEventFilters(Object.fromEntries(url.searchParams));
  const pages = eachPage((page) => listTimeline(filters, page));
  const [first, tKind, tTimeline] = await Promise.all([
    pages.next(),
    getTranslations({ locale, namespace: "eventKind" }),
    getTranslations({ locale, namespace: "timeline" }),
  ]);
  async function* events(): AsyncGenerator<TimelineEvent[]> {
    if (first.done) return;
    yield first.value;
    yield* pages;
  }
  // The portal's address from SITE_URL, never the request's Host header (a proxy's internal name).
  const eventUrl = (event: TimelineEvent) => new URL(`/${locale}/summits/${event.slug}`, siteUrl()).toString();
  return { locale: locale as Locale, pages: events(), tKind, tTimeline, eventUrl };
}
