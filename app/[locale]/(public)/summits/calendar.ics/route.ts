import { loadTimelineExport } from "@/lib/export/timeline";
import { CALENDAR_END, calendarEvents, calendarStart } from "@/lib/export/ical";
import { textStream } from "@/lib/export/stream";
import { localized } from "@/lib/i18n/localized";

/** The timeline as an iCalendar file, filtered by the same query parameters as the page, streamed 500 events at a time. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const data = await loadTimelineExport(request, params);
  if (!data) return new Response("Not found", { status: 404 });
  const { locale, pages, tTimeline, eventUrl } = data;
  const stamp = new Date();
  async function* body() {
    yield calendarStart(tTimeline("title"));
    for await (const events of pages) {
      yield calendarEvents(
        events.map((event) => ({
          uid: `${event.slug}@ca-cooperation-monitor`,
          start: event.startDate,
          end: event.endDate,
          summary: localized(locale, event.titleRu, event.titleEn),
          location:
            [localized(locale, event.cityRu, event.cityEn), event.host && localized(locale, event.host.nameRu, event.host.nameEn)].filter(Boolean).join(", ") ||
            null,
          description:
            [event.dateInferred && tTimeline("icsYearInferred"), localized(locale, event.summaryRu, event.summaryEn)].filter(Boolean).join("\n\n") || null,
          url: eventUrl(event),
          modified: event.updatedAt,
          version: event.version,
        })),
        stamp,
      );
    }
    yield CALENDAR_END;
  }
  return new Response(textStream(body()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="summits-${locale}.ics"`,
    },
  });
}
