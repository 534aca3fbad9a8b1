import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { viewSearchParams } from "@/lib/query-route";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { redirect } from "@/lib/i18n/navigation";
import { InitiativeStatus, Sector } from "@/lib/generated/prisma/enums";
import { cachedInitiatives } from "@/lib/queries/initiatives";
import { pageCount } from "@/lib/paging";
import { initiativesListHref, parseInitiativeFilters, parsePage, toQueryString } from "@/lib/validation/filters";
import { ScorecardTable } from "@/components/scorecard-table";
import { CheckDueMarker } from "@/components/check-due-marker";
import { FilterForm } from "@/components/filter-form";
import { InitiativeStatusBadge } from "@/components/initiative-status-badge";
import { Pagination } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { followFeed, pageMetadata } from "@/lib/page-metadata";
import { FollowLink } from "@/components/follow-link";

// The public URL is /initiatives?filters, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "initiatives" });
  const filters = parseInitiativeFilters(await viewSearchParams(params));
  return pageMetadata({
    locale,
    path: `/initiatives${toQueryString(await viewSearchParams(params))}`,
    title: t("title"),
    description: t("intro"),
    feed: await followFeed(locale, { summit: filters.event, country: filters.proposer }),
  });
}

const STATUSES = Object.values(InitiativeStatus);
const PAGE_SIZE = 50;

export default async function InitiativesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const query = await viewSearchParams(params);
  const filters = parseInitiativeFilters(query);
  const [t, tSector, tStatus, list, summary, options] = await Promise.all([
    getTranslations("initiatives"),
    getTranslations("sector"),
    getTranslations("initiativeStatus"),
    cachedInitiatives.listInitiatives(filters, { page: parsePage(query), pageSize: PAGE_SIZE }),
    cachedInitiatives.summarizeInitiativesByEvent({ event: filters.event }),
    cachedInitiatives.getInitiativeFilterOptions({ event: filters.event }),
  ]);
  const [byProposer, byPerson, bySector] = await Promise.all([
    cachedInitiatives.scoreInitiatives("proposer", { event: filters.event }),
    cachedInitiatives.scoreInitiatives("person", { event: filters.event }),
    cachedInitiatives.scoreInitiatives("sector", { event: filters.event }),
  ]);
  const proposerName = new Map(options.proposers.map((c) => [c.code, localized(locale, c.nameRu, c.nameEn)]));
  // The downloads take the page's filters; the history, those it can (event and country).
  const exportFilters = { ...filters, limit: 500 };
  const exportQuery = toQueryString(exportFilters);
  const historyQuery = toQueryString({ event: filters.event, proposer: filters.proposer, limit: 500 });
  const pageHref = (page: number) => `/initiatives${toQueryString({ ...filters, page: page > 1 ? page : undefined })}`;
  // A page past the end (an old link, narrower filters) goes to the last page there is.
  if (list.items.length === 0 && list.page > 1) redirect({ href: pageHref(pageCount(list)), locale });

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <FollowLink filters={{ summit: filters.event, country: filters.proposer }} />

      <section aria-labelledby="outcomes" className="space-y-3">
        <h2 id="outcomes" className="text-lg font-semibold">
          {t("summaryHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          {t("meterIntro")} <Link href="/initiatives/methodology">{t("methodologyLink")}</Link>
        </p>
        <ScorecardTable
          caption={t("summaryCaption")}
          heading={t("event")}
          testId="outcomes"
          rows={summary.rows.map((row) => ({
            key: row.event.slug,
            label: <Link href={`/summits/${row.event.slug}`}>{localized(locale, row.event.titleRu, row.event.titleEn)}</Link>,
            scorecard: row,
            listHref: (filter) => initiativesListHref({ event: row.event.slug, ...filter }),
          }))}
        />
        {summary.events > summary.rows.length && (
          <p className="text-sm text-muted" data-testid="outcomes-limited">
            {t("summaryLimited", { shown: summary.rows.length, events: summary.events })}
          </p>
        )}
        {(
          [
            ["proposer", byProposer, t("proposer")],
            ["person", byPerson, t("leader")],
            ["sector", bySector, t("sector")],
          ] as const
        ).map(([dimension, rows, heading]) => (
          <details key={dimension} className="rounded-lg border border-line bg-surface p-3" data-testid={`scorecard-${dimension}`}>
            <summary className="cursor-pointer font-medium">{t(`scorecardBy.${dimension}`)}</summary>
            <div className="mt-3">
              <ScorecardTable
                caption={t(`scorecardBy.${dimension}`)}
                heading={heading}
                rows={rows.map((row) => ({
                  key: JSON.stringify([row.proposerCode, row.personEn, row.sector]),
                  label:
                    dimension === "proposer"
                      ? row.proposerCode
                        ? (proposerName.get(row.proposerCode) ?? row.proposerCode)
                        : t("proposerNotStated")
                      : dimension === "person"
                        ? row.personRu || row.personEn
                          ? localized(locale, row.personRu ?? row.personEn, row.personEn ?? row.personRu)
                          : t("leaderNotStated")
                        : tSector(row.sector!),
                  scorecard: row,
                  // The list filters by country and sector; a leader's initiatives are found through the country.
                  listHref:
                    dimension === "proposer" && row.proposerCode
                      ? (filter) => initiativesListHref({ proposer: row.proposerCode!, ...filter })
                      : dimension === "sector"
                        ? (filter) => initiativesListHref({ sector: row.sector, ...filter })
                        : null,
                }))}
              />
            </div>
          </details>
        ))}
      </section>

      <FilterForm
        action={`/${locale}/initiatives`}
        resetHref={`/${locale}/initiatives`}
        fields={[
          { name: "sector", label: t("sector"), value: filters.sector, options: Object.values(Sector).map((s) => ({ value: s, label: tSector(s) })) },
          {
            name: "proposer",
            label: t("proposer"),
            value: filters.proposer,
            options: options.proposers.map((c) => ({ value: c.code, label: localized(locale, c.nameRu, c.nameEn) })),
          },
          { name: "status", label: t("status"), value: filters.status, options: STATUSES.map((s) => ({ value: s, label: tStatus(s) })) },
          {
            name: "event",
            label: t("event"),
            value: filters.event,
            options: options.events.map((e) => ({ value: e.slug, label: localized(locale, e.titleRu, e.titleEn) })),
          },
          { name: "due", label: t("dueFilter"), value: filters.due, options: [{ value: "1", label: t("dueOnly") }] },
        ]}
      />

      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p className="text-faint" data-testid="initiative-count">
          {t("count", { count: list.total })}
        </p>
        <p className="flex flex-wrap gap-x-3" data-testid="initiative-downloads">
          <a href={`/api/v1/initiatives.csv${exportQuery}`} download>
            {t("downloadList")}
          </a>
          <a href={`/api/v1/status-history.csv${historyQuery}`} download>
            {t("downloadHistory")}
          </a>
          <a href={`/api/v1/initiatives${toQueryString({ ...exportFilters, include: "history" })}`}>{t("apiLink")}</a>
        </p>
      </div>
      {list.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="record-list">
          {list.items.map((initiative) => (
            <li key={initiative.id} data-testid="initiative" className="record-row">
              <div className="space-y-1">
                <Link href={`/initiatives/${initiative.id}`} className="font-medium">
                  {localized(locale, initiative.titleRu, initiative.titleEn)}
                </Link>
                <p className="text-sm text-muted">
                  {t("proposer")}: {initiative.proposer ? localized(locale, initiative.proposer.nameRu, initiative.proposer.nameEn) : t("proposerNotStated")} ·{" "}
                  {tSector(initiative.sector)}
                </p>
                {initiative.event && (
                  <p className="text-sm">
                    <Link href={`/summits/${initiative.event.slug}`}>{localized(locale, initiative.event.titleRu, initiative.event.titleEn)}</Link>
                  </p>
                )}
                <CheckDueMarker lastEntry={initiative.statusChanges[0]} />
              </div>
              <InitiativeStatusBadge status={initiative.status} />
            </li>
          ))}
        </ul>
      )}

      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={pageHref} />
    </div>
  );
}
