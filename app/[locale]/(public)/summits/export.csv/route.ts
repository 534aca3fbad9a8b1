import { toCsv } from "@/lib/export/csv";
import { loadTimelineExport } from "@/lib/export/timeline";
import { localized } from "@/lib/i18n/localized";

/** The timeline as CSV, filtered by the same query parameters as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const data = await loadTimelineExport(request, params);
  if (!data) return new Response("Not found", { status: 404 });
  const { locale, items, tKind, tTimeline, eventUrl } = data;
  const rows = items.map((event) => [
    event.endDate ? `${event.startDate.toISOString().slice(0, 10)}/${event.endDate.toISOString().slice(0, 10)}` : event.startDate.toISOString().slice(0, 10),
    event.dateInferred,
    localized(locale, event.titleRu, event.titleEn),
    tKind(event.kind),
    localized(locale, event.cityRu, event.cityEn),
    event.host && localized(locale, event.host.nameRu, event.host.nameEn),
    event.participants.map((p) => p.country.code).join(" "),
    event._count.documents,
    event._count.initiatives,
    eventUrl(event),
  ]);
  // A byte-order mark so Excel opens the Cyrillic text as UTF-8.
  const body = "\uFEFF" + toCsv(tTimeline("csvHeader").split(","), rows);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="summits-${locale}.csv"`,
    },
  });
}
