import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { formatDateWithPrecision } from "@/lib/format";
import { dateText } from "@/lib/validation/dated";
import { cachedInitiatives } from "@/lib/queries/initiatives";
import { Card } from "@/components/ui/card";
import { EventDate } from "@/components/event-date";
import { LastUpdated } from "@/components/last-updated";
import { SourceCitation } from "@/components/source-citation";
import { InitiativeStatusBadge } from "@/components/initiative-status-badge";
import { CiteThis } from "@/components/cite-this";
import { followFeed, pageMetadata } from "@/lib/page-metadata";
import { FollowLink } from "@/components/follow-link";
import { partnerCountries } from "@/lib/venture-confirmation";
import { countryNames as loadCountryNames } from "@/lib/queries/countries";
import { CheckDueMarker } from "@/components/check-due-marker";
import { lastLooked } from "@/lib/metrics/checks";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first request, then served from the route cache (lib/cache.ts).
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const initiative = await cachedInitiatives.getInitiative((await params).id);
  if (!initiative) return {};
  const [t, tSector, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: "initiatives" }),
    getTranslations({ locale, namespace: "sector" }),
    getTranslations({ locale, namespace: "initiativeStatus" }),
  ]);
  const person = localized(locale, initiative.proposerPersonRu, initiative.proposerPersonEn);
  const country = initiative.proposer && localized(locale, initiative.proposer.nameRu, initiative.proposer.nameEn);
  return pageMetadata({
    locale,
    path: `/initiatives/${initiative.id}`,
    title: localized(locale, initiative.titleRu, initiative.titleEn),
    description: t("shareDescription", {
      sector: tSector(initiative.sector),
      proposer: [person, country].filter(Boolean).join(", ") || t("proposerNotStated"),
      event: initiative.event ? localized(locale, initiative.event.titleRu, initiative.event.titleEn) : "none",
      status: tStatus(initiative.status),
      description: localized(locale, initiative.descriptionRu, initiative.descriptionEn) ?? "",
    }),
    type: "article",
    feed: await followFeed(locale, { initiative: initiative.id }, localized(locale, initiative.titleRu, initiative.titleEn)),
  });
}

export default async function InitiativePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const initiative = await cachedInitiatives.getInitiative((await params).id);
  if (!initiative) notFound();
  const [t, tSector, tVenture, tChecks, countryNames] = await Promise.all([
    getTranslations("initiatives"),
    getTranslations("sector"),
    getTranslations("ventureStatus"),
    getTranslations("checks"),
    loadCountryNames(locale),
  ]);
  // "Last changed" and "last checked" apart: a check that found no change is looking too.
  const { lastChanged, lastChecked } = lastLooked(initiative.statusChanges);
  // The link no other tracker has: the trade of the countries involved (the proposer and the ventures' partners).
  const involved = partnerCountries([{ countryCode: initiative.proposer?.code ?? null }, ...initiative.ventures.flatMap((v) => v.partners)]);
  const tradePairs = involved.flatMap((a, i) => involved.slice(i + 1).map((b) => [a, b] as const));
  const description = localized(locale, initiative.descriptionRu, initiative.descriptionEn);
  const person = localized(locale, initiative.proposerPersonRu, initiative.proposerPersonEn);

  return (
    <article className="space-y-6">
      <p className="text-sm">
        <Link href="/initiatives">← {t("backToTracker")}</Link>
      </p>
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-semibold sm:text-3xl">{localized(locale, initiative.titleRu, initiative.titleEn)}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("statusNow")}</dt>
          <dd data-testid="current-status">
            <InitiativeStatusBadge status={initiative.status} />
          </dd>
          <dt className="font-medium">{t("proposedBy")}</dt>
          <dd>
            {initiative.proposer ? localized(locale, initiative.proposer.nameRu, initiative.proposer.nameEn) : t("proposerNotStated")}
            {person && ` (${person})`}
          </dd>
          {initiative.event && (
            <>
              <dt className="font-medium">{t("proposedAt")}</dt>
              <dd>
                <Link href={`/summits/${initiative.event.slug}`}>{localized(locale, initiative.event.titleRu, initiative.event.titleEn)}</Link>
                {", "}
                <EventDate
                  start={initiative.event.startDate}
                  end={null}
                  precision={initiative.event.datePrecision}
                  inferred={initiative.event.dateInferred}
                  locale={locale}
                />
              </dd>
            </>
          )}
          <dt className="font-medium">{t("sector")}</dt>
          <dd>{tSector(initiative.sector)}</dd>
          <dt className="font-medium">{tChecks("lastChanged")}</dt>
          <dd data-testid="last-changed">
            {lastChanged ? formatDateWithPrecision(lastChanged.changedOn, lastChanged.changedPrecision, locale) : tChecks("never")}
          </dd>
          <dt className="font-medium">{tChecks("lastChecked")}</dt>
          <dd data-testid="last-checked">
            {lastChecked ? formatDateWithPrecision(lastChecked.changedOn, lastChecked.changedPrecision, locale) : tChecks("never")}
          </dd>
        </dl>
        <CheckDueMarker lastEntry={lastChecked} />
        {description && <p>{description}</p>}
        <SourceCitation citations={initiative.citations} />
        <LastUpdated at={initiative.updatedAt} />
        <FollowLink filters={{ initiative: initiative.id }} subject={localized(locale, initiative.titleRu, initiative.titleEn)} />
      </header>

      <Card aria-labelledby="history">
        <h2 id="history" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <p className="text-sm text-muted">{t("historyIntro")}</p>
        <ol className="mt-4 space-y-5 border-l-2 border-line pl-5" data-testid="status-history">
          {initiative.statusChanges.map((change) => (
            <li key={change.id} className="relative space-y-1" data-testid="status-change">
              <span aria-hidden="true" className="absolute -left-[1.72rem] top-1.5 h-3 w-3 rounded-full border-2 border-surface bg-accent" />
              <p className="flex flex-wrap items-center gap-2">
                <time dateTime={dateText(change.changedOn, change.changedPrecision)} className="tabular text-sm font-medium">
                  {formatDateWithPrecision(change.changedOn, change.changedPrecision, locale)}
                </time>
                {change.kind === "CHECK" && <span className="text-sm">{tChecks("checkedLabel")}</span>}
                <InitiativeStatusBadge status={change.status} />
                {change.noPublicInformation && <span className="text-sm text-muted">{tChecks("noPublicInformation")}</span>}
              </p>
              {/* Staff may write the note in one language only; show it rather than nothing. */}
              {(change.noteRu || change.noteEn) && (
                <p className="text-sm">{localized(locale, change.noteRu ?? change.noteEn, change.noteEn ?? change.noteRu)}</p>
              )}
              <SourceCitation citations={change.citations} />
            </li>
          ))}
        </ol>
      </Card>

      <Card aria-labelledby="links" className="space-y-4">
        <div>
          <h2 id="links" className="text-lg font-semibold">
            {t("adoptedBy")}
          </h2>
          {initiative.adoptedByDocument ? (
            <p className="mt-1">
              <Link href={`/documents?event=${initiative.adoptedByDocument.event.slug}#${initiative.adoptedByDocument.id}`}>
                {localized(locale, initiative.adoptedByDocument.titleRu, initiative.adoptedByDocument.titleEn)}
              </Link>
            </p>
          ) : (
            <p className="mt-1 text-muted">{t("notAdopted")}</p>
          )}
        </div>
        <div>
          <h2 className="text-lg font-semibold">{t("ventures")}</h2>
          {initiative.ventures.length === 0 ? (
            <p className="mt-1 text-muted">{t("noVentures")}</p>
          ) : (
            <ul className="mt-1 list-disc pl-5">
              {initiative.ventures.map((venture) => (
                <li key={venture.id}>
                  <Link href={`/ventures/${venture.id}`}>{localized(locale, venture.nameRu, venture.nameEn)}</Link>{" "}
                  <span className="text-sm text-muted">({tVenture(venture.status)})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Card>
      <Card aria-labelledby="chain" className="space-y-2">
        <h2 id="chain" className="text-lg font-semibold">
          {tChecks("chainHeading")}
        </h2>
        <p className="text-sm text-muted">{tChecks("chainIntro")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="trade-links">
          {tradePairs.length === 0 ? (
            <li>
              <Link href="/trade">{tChecks("regionalTrade")}</Link>
            </li>
          ) : (
            tradePairs.map(([a, b]) => (
              <li key={`${a}-${b}`}>
                <Link href={`/trade?series=BILATERAL-${a}-${b}`}>{tChecks("pairTrade", { a: countryNames[a] ?? a, b: countryNames[b] ?? b })}</Link>
              </li>
            ))
          )}
        </ul>
      </Card>
      <CiteThis
        locale={locale}
        title={localized(locale, initiative.titleRu, initiative.titleEn)}
        path={`/initiatives/${initiative.id}`}
        updated={initiative.updatedAt}
      />
    </article>
  );
}
