import { loadTimelineExport } from "@/lib/export/timeline";
import { toICalendar } from "@/lib/export/ical";
import { localized } from "@/lib/i18n/localized";

/** The timeline as an iCalendar file, filtered by the same query parameters as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const data = await loadTimelineExport(request, params);
  if (!data) return new Response("Not found", { status: 404 });
  const { locale, items, tTimeline, eventUrl } = data;
  const body = toICalendar(
    items.map((event) => ({
      uid: `${event.slug}@ca-cooperation-monitor`,
      start: event.startDate,
      end: event.endDate,
      summary: localized(locale, event.titleRu, event.titleEn),
      location: [localized(locale, event.cityRu, event.cityEn), event.host && localized(locale, event.host.nameRu, event.host.nameEn)].filter(Boolean).join(", ") || null,
      description: localized(locale, event.summaryRu, event.summaryEn),
      url: eventUrl(event),
    })),
    // The newest event's date, not the clock: the same data gives the same file.
    { name: tTimeline("title"), stamp: items[0]?.startDate ?? new Date(0) },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="summits-${locale}.ics"`,
    },
  });
}
