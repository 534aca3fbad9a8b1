import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { viewSearchParams } from "@/lib/query-route";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { redirect } from "@/lib/i18n/navigation";
import { pageCount } from "@/lib/paging";
import { cachedSummits, type TimelineEvent } from "@/lib/queries/summits";
import { parseEventFilters, parsePage, toQueryString } from "@/lib/validation/filters";
import { EventKind } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { EventDate } from "@/components/event-date";
import { EventPlace } from "@/components/event-place";
import { FilterForm } from "@/components/filter-form";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/page-metadata";

// The public URL is /summits?filters, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "timeline" });
  return pageMetadata({ locale, path: `/summits${toQueryString(await viewSearchParams(params))}`, title: t("title"), description: t("intro") });
}

const PAGE_SIZE = 25;

function groupByYear(events: TimelineEvent[]): [number, TimelineEvent[]][] {
  const years = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const year = event.startDate.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years];
}

export default async function SummitsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const query = await viewSearchParams(params);
  const filters = parseEventFilters(query);
  const [t, tKind, timeline, options] = await Promise.all([
    getTranslations("timeline"),
    getTranslations("eventKind"),
    cachedSummits.listTimeline(filters, { page: parsePage(query), pageSize: PAGE_SIZE }),
    cachedSummits.getTimelineFilterOptions(),
  ]);
  const pageHref = (page: number) => `/summits${toQueryString({ ...filters, page: page > 1 ? page : undefined })}`;
  // A page past the end (an old link, narrower filters) goes to the last page there is.
  if (timeline.items.length === 0 && timeline.page > 1) redirect({ href: pageHref(pageCount(timeline)), locale });
  const countryOption = (c: { code: string; nameRu: string; nameEn: string }) => ({ value: c.code, label: localized(locale, c.nameRu, c.nameEn) });
  const exportQuery = toQueryString(filters);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />

      <FilterForm
        action={`/${locale}/summits`}
        resetHref={`/${locale}/summits`}
        fields={[
          { name: "kind", label: t("kind"), value: filters.kind, options: Object.values(EventKind).map((k) => ({ value: k, label: tKind(k) })) },
          { name: "year", label: t("year"), value: filters.year?.toString(), options: options.years.map((y) => ({ value: String(y), label: String(y) })) },
          { name: "host", label: t("host"), value: filters.host, options: options.hosts.map(countryOption) },
          { name: "participant", label: t("participant"), value: filters.participant, options: options.participants.map(countryOption) },
        ]}
      />

      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-faint" data-testid="event-count">
          {t("count", { count: timeline.total })}
        </p>
        <p className="flex flex-wrap gap-4">
          <span className="sr-only">{t("export")}:</span>
          <a href={`/${locale}/summits/export.csv${exportQuery}`} download>
            {t("exportCsv")}
          </a>
          <a href={`/${locale}/summits/calendar.ics${exportQuery}`} download>
            {t("exportIcs")}
          </a>
        </p>
      </div>

      {timeline.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        groupByYear(timeline.items).map(([year, events]) => (
          <section key={year} aria-labelledby={`year-${year}`} className="grid gap-3 sm:grid-cols-[5rem_1fr]">
            <h2 id={`year-${year}`} className="tabular text-xl font-semibold text-muted sm:pt-3">
              {year}
            </h2>
            <ol className="space-y-3 border-l-2 border-line pl-4">
              {events.map((event) => {
                const isMeeting = event.kind === "CONSULTATIVE_MEETING";
                return (
                  <li
                    key={event.id}
                    id={event.slug}
                    data-testid="event"
                    className={`rounded-lg border p-4 ${isMeeting ? "border-accent bg-accent-soft" : "border-line bg-surface"}`}
                  >
                    <p className="tabular text-sm text-muted">
                      <EventDate start={event.startDate} end={event.endDate} precision={event.datePrecision} inferred={event.dateInferred} locale={locale} />
                    </p>
                    <h3 className={`mt-1 ${isMeeting ? "text-lg font-semibold" : "font-medium"}`}>
                      <Link href={`/summits/${event.slug}`}>{localized(locale, event.titleRu, event.titleEn)}</Link>
                    </h3>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                      <EventPlace event={event} locale={locale} />
                      <Badge tone={isMeeting ? "accent" : "neutral"}>{tKind(event.kind)}</Badge>
                    </p>
                    <p className="mt-2 text-sm">
                      <span className="font-medium">{t("participants")}: </span>
                      {event.participants.map((p) => localized(locale, p.country.nameRu, p.country.nameEn)).join(", ")}
                    </p>
                    <p className="mt-1 text-sm text-muted" data-testid="event-counts">
                      {t("documents", { count: event._count.documents })} · {t("initiatives", { count: event._count.initiatives })}
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        ))
      )}

      <Pagination page={timeline.page} pageSize={timeline.pageSize} total={timeline.total} href={pageHref} />
    </div>
  );
}
