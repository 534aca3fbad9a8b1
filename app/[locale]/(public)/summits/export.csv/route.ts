import { csvResponse } from "@/lib/export/csv";
import { loadTimelineExport } from "@/lib/export/timeline";
import { localized } from "@/lib/i18n/localized";
import { isoDay } from "@/lib/format";

/** The timeline as CSV, filtered by the same query parameters as the page, streamed 500 events at a time. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const data = await loadTimelineExport(request, params);
  if (!data) return new Response("Not found", { status: 404 });
  const { locale, pages, tKind, tTimeline, eventUrl } = data;
  async function* rows() {
    for await (const events of pages) {
      yield events.map((event) => [
        // Two plain ISO dates, which spreadsheets read as dates; a one-day event ends the day it starts.
        isoDay(event.startDate),
        isoDay(event.endDate ?? event.startDate),
        event.dateInferred,
        localized(locale, event.titleRu, event.titleEn),
        tKind(event.kind),
        localized(locale, event.cityRu, event.cityEn),
        event.host && localized(locale, event.host.nameRu, event.host.nameEn),
        event.participants.map((p) => p.country.code).join(" "),
        event._count.documents,
        event._count.initiatives,
        eventUrl(event),
        // How much of the two dates the source gives: a MONTH date is stored as the month's first day.
        event.datePrecision,
      ]);
    }
  }
  return csvResponse(`summits-${locale}.csv`, tTimeline("csvHeader").split(","), rows());
}
