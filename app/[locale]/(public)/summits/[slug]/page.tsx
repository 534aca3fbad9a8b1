import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { formatDate, formatDateRange, formatPeriod, formatUsd } from "@/lib/format";
import { cachedSummits, type EventDetail } from "@/lib/queries/summits";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EventDate } from "@/components/event-date";
import { EventPlace } from "@/components/event-place";
import { InferredMarker } from "@/components/inferred-marker";
import { LastUpdated } from "@/components/last-updated";
import { SourceCitation } from "@/components/source-citation";
import { InitiativeStatusBadge } from "@/components/initiative-status-badge";
import { TargetName } from "@/components/target-name";
import { StatisticValue } from "@/components/statistic-value";
import { CiteThis } from "@/components/cite-this";
import { siteUrl } from "@/lib/site-url";
import { dateText } from "@/lib/validation/dated";
import { followFeed, pageMetadata } from "@/lib/page-metadata";
import { FollowLink } from "@/components/follow-link";
import { cachedInitiatives } from "@/lib/queries/initiatives";
import { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { initiativesListHref } from "@/lib/validation/filters";
import { checkDueBefore } from "@/lib/metrics/checks";
import { PromiseMeter, StatusSwatch } from "@/components/scorecard-table";
import { CheckDueMarker } from "@/components/check-due-marker";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then served from the route cache (lib/cache.ts).
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const event = await cachedSummits.getEventBySlug((await params).slug);
  if (!event) return {};
  const [t, tKind] = await Promise.all([getTranslations({ locale, namespace: "eventPage" }), getTranslations({ locale, namespace: "eventKind" })]);
  const summary = localized(locale, event.summaryRu, event.summaryEn);
  const facts = {
    kind: tKind(event.kind),
    date: formatDateRange(event.startDate, event.endDate, locale, event.datePrecision),
    place: [localized(locale, event.cityRu, event.cityEn), event.host && localized(locale, event.host.nameRu, event.host.nameEn)].filter(Boolean).join(", "),
  };
  return pageMetadata({
    locale,
    path: `/summits/${event.slug}`,
    title: localized(locale, event.titleRu, event.titleEn),
    description: summary ? t("shareDescription", { ...facts, summary }) : t("shareDescriptionNoSummary", facts),
    type: "article",
    feed: await followFeed(locale, { summit: event.slug }, localized(locale, event.titleRu, event.titleEn)),
  });
}

// schema.org Event for search engines. "<" is escaped so no text can close the script tag.
// Held events keep EventScheduled: schema.org has no "happened" status, only changes of plan.
function eventJsonLd(event: EventDetail, locale: "ru" | "en"): string {
  const city = localized(locale, event.cityRu, event.cityEn);
  const host = event.host && localized(locale, event.host.nameRu, event.host.nameEn);
  const place = [city, host].filter(Boolean).join(", ");
  const name = localized(locale, event.titleRu, event.titleEn);
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    name,
    url: new URL(`/${locale}/summits/${event.slug}`, siteUrl()).href,
    // ISO 8601 to the precision known: "2021-11" for a month.
    startDate: dateText(event.startDate, event.datePrecision),
    endDate: dateText(event.endDate ?? event.startDate, event.datePrecision),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    inLanguage: locale,
    // Where no summary is recorded, what the page itself states: the event, its dates and place.
    description:
      localized(locale, event.summaryRu, event.summaryEn) ??
      [name, formatDateRange(event.startDate, event.endDate, locale, event.datePrecision), place].filter(Boolean).join(", "),
    ...(host &&
      event.host && { organizer: { "@type": "GovernmentOrganization", name: host, address: { "@type": "PostalAddress", addressCountry: event.host.code } } }),
    ...(place && {
      location: {
        "@type": "Place",
        name: place,
        address: { "@type": "PostalAddress", ...(city && { addressLocality: city }), addressCountry: event.host?.code },
      },
    }),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export default async function EventPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const event = await cachedSummits.getEventBySlug((await params).slug);
  if (!event) notFound();
  const [t, tKind, tType, tSector, tFigure, tStatus, adjacent, outcomes] = await Promise.all([
    getTranslations("eventPage"),
    getTranslations("eventKind"),
    getTranslations("documentType"),
    getTranslations("sector"),
    getTranslations("tradeFigure"),
    getTranslations("initiativeStatus"),
    cachedSummits.getAdjacentMeetings(event),
    cachedInitiatives.summarizeInitiativesByEvent({ event: event.slug }),
  ]);
  // What was proposed here, by status, and how much nobody has checked for six months.
  const scorecard = outcomes.rows[0];
  const summary = localized(locale, event.summaryRu, event.summaryEn);
  const hasFigures = event.targets.length + event.targetRestatements.length + event.statistics.length > 0;
  const countryName = (c: { nameRu: string; nameEn: string } | null) => (c ? localized(locale, c.nameRu, c.nameEn) : "");

  return (
    <article className="space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: eventJsonLd(event, locale) }} />
      <p className="text-sm">
        <Link href="/summits">← {t("backToTimeline")}</Link>
      </p>
      <header className="max-w-3xl space-y-2">
        <Badge tone={event.kind === "CONSULTATIVE_MEETING" ? "accent" : "neutral"}>{tKind(event.kind)}</Badge>
        <h1 className="text-2xl font-semibold sm:text-3xl">{localized(locale, event.titleRu, event.titleEn)}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("date")}</dt>
          <dd data-testid="event-date">
            <EventDate start={event.startDate} end={event.endDate} precision={event.datePrecision} inferred={event.dateInferred} locale={locale} />
          </dd>
          <dt className="font-medium">{t("place")}</dt>
          <dd>
            <EventPlace event={event} locale={locale} />
          </dd>
          <dt className="font-medium">{t("participants")}</dt>
          <dd data-testid="event-participants">{event.participants.map((p) => countryName(p.country)).join(", ")}</dd>
        </dl>
        <LastUpdated at={event.updatedAt} />
        <FollowLink filters={{ summit: event.slug }} subject={localized(locale, event.titleRu, event.titleEn)} />
      </header>

      <Card aria-labelledby="summary">
        <h2 id="summary" className="text-lg font-semibold">
          {t("summary")}
        </h2>
        <p className="mt-2 max-w-3xl">{summary ?? <span className="text-muted">{t("noSummary")}</span>}</p>
      </Card>

      <Card aria-labelledby="documents">
        <h2 id="documents" className="text-lg font-semibold">
          {t("documents")}
        </h2>
        {event.documents.length === 0 ? (
          <p className="mt-2 text-muted">{t("noDocuments")}</p>
        ) : (
          <ol className="mt-3 space-y-4" data-testid="event-documents">
            {event.documents.map((doc) => (
              <li key={doc.id} id={doc.id} className="space-y-1" data-testid="event-document">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={doc.adoption === "SIGNED" ? "accent" : "neutral"}>{t(doc.adoption === "SIGNED" ? "signed" : "approved")}</Badge>
                  <Badge>{tType(doc.type)}</Badge>
                </p>
                <p className="font-medium">{localized(locale, doc.titleRu, doc.titleEn)}</p>
                {doc.approvedBy && (
                  <p className="text-sm text-muted">{t("approvedBy", { title: localized(locale, doc.approvedBy.titleRu, doc.approvedBy.titleEn) })}</p>
                )}
                <SourceCitation citations={doc.citations} />
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card aria-labelledby="initiatives">
        <h2 id="initiatives" className="text-lg font-semibold">
          {t("initiatives")}
        </h2>
        {event.initiatives.length === 0 ? (
          <p className="mt-2 text-muted">{t("noInitiatives")}</p>
        ) : (
          <>
            {scorecard && (
              <div className="mt-3 space-y-2" data-testid="summit-scorecard">
                <p className="text-sm">{t("scorecardIntro", { total: scorecard.total, movedOn: scorecard.movedOn })}</p>
                <PromiseMeter scorecard={scorecard} />
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {Object.values(InitiativeStatus)
                    .filter((status) => scorecard.byStatus[status] > 0)
                    .map((status) => (
                      <li key={status}>
                        <StatusSwatch status={status} />
                        <Link href={initiativesListHref({ event: event.slug, status })}>
                          {tStatus(status)}: {scorecard.byStatus[status]}
                        </Link>
                      </li>
                    ))}
                </ul>
                {scorecard.due > 0 && (
                  <p className="text-sm font-medium text-warning" data-testid="summit-due">
                    <Link href={initiativesListHref({ event: event.slug, due: true })}>
                      {t("scorecardDue", { due: scorecard.due, total: scorecard.total, since: formatDate(checkDueBefore(new Date()), locale) })}
                    </Link>
                  </p>
                )}
              </div>
            )}
            <ul className="mt-3 divide-y divide-line" data-testid="event-initiatives">
              {event.initiatives.map((initiative) => (
                <li key={initiative.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                  <div>
                    <Link href={`/initiatives/${initiative.id}`} className="font-medium">
                      {localized(locale, initiative.titleRu, initiative.titleEn)}
                    </Link>
                    <p className="text-sm text-muted">
                      {t("proposedBy")}: {initiative.proposer ? countryName(initiative.proposer) : t("proposerNotStated")}
                      {initiative.proposerPersonRu && ` (${localized(locale, initiative.proposerPersonRu, initiative.proposerPersonEn)})`} ·{" "}
                      {tSector(initiative.sector)}
                    </p>
                    <CheckDueMarker lastEntry={initiative.statusChanges[0]} />
                  </div>
                  <InitiativeStatusBadge status={initiative.status} />
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              <Link href={`/initiatives?event=${event.slug}`}>{t("allInitiatives")}</Link>
            </p>
          </>
        )}
      </Card>

      <Card aria-labelledby="figures">
        <h2 id="figures" className="text-lg font-semibold">
          {t("figures")}
        </h2>
        {!hasFigures ? (
          <p className="mt-2 text-muted">{t("noFigures")}</p>
        ) : (
          <ul className="mt-3 space-y-4" data-testid="event-figures">
            {event.targets.map((target) => (
              <li key={target.id} className="space-y-1">
                <p className="text-sm text-muted">{t("targetSet")}</p>
                <p className="font-medium">
                  <Link href={`/targets/${target.id}`}>
                    <TargetName target={target} locale={locale} />
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {t("horizon", { horizon: localized(locale, target.horizonRu, target.horizonEn) })}
                  {target.setByRu && ` · ${t("setBy", { person: localized(locale, target.setByRu, target.setByEn) ?? "" })}`}
                </p>
                {target.baselineValueUsd && (
                  <p className="text-sm">
                    {t("baseline", {
                      value: target.baselineIsLowerBound
                        ? tFigure("lowerBound", { value: formatUsd(target.baselineValueUsd, locale) })
                        : formatUsd(target.baselineValueUsd, locale),
                    })}
                    {target.baselineFigure && (
                      <>
                        {" "}
                        ({t("baselineFrom", { period: formatPeriod(target.baselineFigure.periodStart, target.baselineFigure.periodEnd, locale) })}
                        <span className="whitespace-nowrap">{target.baselineFigure.periodInferred && <InferredMarker kind="period" />})</span>
                      </>
                    )}
                  </p>
                )}
                <SourceCitation citations={target.citations} />
              </li>
            ))}
            {event.targetRestatements.map((restatement) => (
              <li key={restatement.id} className="space-y-1">
                <p className="text-sm text-muted">
                  {t("targetRestated")} · {formatDate(restatement.statedOn, locale)}
                </p>
                <p className="font-medium">
                  <Link href={`/targets/${restatement.target.id}`}>
                    <TargetName target={restatement.target} locale={locale} />
                  </Link>
                </p>
                {restatement.statedByRu && (
                  <p className="text-sm text-muted">{t("statedBy", { body: localized(locale, restatement.statedByRu, restatement.statedByEn) ?? "" })}</p>
                )}
                <SourceCitation citations={restatement.citations} />
              </li>
            ))}
            {event.statistics.map((statistic) => (
              <li key={statistic.id} className="space-y-1">
                <p className="font-medium">
                  {localized(locale, statistic.labelRu, statistic.labelEn)}:{" "}
                  <span className="tabular">
                    <StatisticValue statistic={statistic} locale={locale} />
                  </span>
                </p>
                <SourceCitation citations={statistic.citations} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="sources">
        <h2 id="sources" className="text-lg font-semibold">
          {t("sources")}
        </h2>
        <div className="mt-2">
          <SourceCitation citations={event.citations} />
        </div>
      </Card>

      {(adjacent.previous || adjacent.next) && (
        <nav aria-label={t("meetings")} className="flex flex-col gap-3 text-sm sm:flex-row sm:justify-between">
          {adjacent.previous ? (
            <Link href={`/summits/${adjacent.previous.slug}`} rel="prev">
              ← {t("previous")}: {localized(locale, adjacent.previous.titleRu, adjacent.previous.titleEn)}
            </Link>
          ) : (
            <span />
          )}
          {adjacent.next && (
            <Link href={`/summits/${adjacent.next.slug}`} rel="next" className="sm:text-right">
              {t("next")}: {localized(locale, adjacent.next.titleRu, adjacent.next.titleEn)} →
            </Link>
          )}
        </nav>
      )}
      <CiteThis locale={locale} title={localized(locale, event.titleRu, event.titleEn)} path={`/summits/${event.slug}`} updated={event.updatedAt} />
    </article>
  );
}
