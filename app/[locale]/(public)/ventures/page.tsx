import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import type { Locale } from "@/lib/i18n/routing";
import { Sector, VentureStatus } from "@/lib/generated/prisma/enums";
import { formatDateWithPrecision, formatUsd } from "@/lib/format";
import { viewSearchParams } from "@/lib/query-route";
import { pageCount } from "@/lib/paging";
import { cachedVentures, type VentureListItem } from "@/lib/queries/ventures";
import { toQueryString } from "@/lib/validation/filters";
import {
  INVESTMENT_BANDS,
  CONFIRMATION_FILTERS,
  lastAllowedPage,
  MAX_EXPORT_ROWS,
  parseVentureQuery,
  ventureQueryParams,
  VENTURE_SORTS,
  type VentureQuery,
} from "@/lib/validation/venture-filters";
import { FilterForm } from "@/components/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { BarTable } from "@/components/bar-table";
import { VentureMap } from "@/components/venture-map";
import { pageMetadata } from "@/lib/page-metadata";

// The public URL is /ventures?filters, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ventures" });
  return pageMetadata({ locale, path: `/ventures${toQueryString(await viewSearchParams(params))}`, title: t("title"), description: t("intro") });
}

/** The registry's URL for a query (page 1 unless given), for links that keep the other filters. */
function registryHref(query: Partial<VentureQuery>): string {
  return `/ventures${toQueryString(ventureQueryParams(query))}`;
}

export default async function VenturesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const query = parseVentureQuery(await viewSearchParams(params));
  const [t, tSector, tStatus, list, summary, options] = await Promise.all([
    getTranslations("ventures"),
    getTranslations("sector"),
    getTranslations("ventureStatus"),
    cachedVentures.listVentures(query, { locale }),
    cachedVentures.summarizeVentures(),
    cachedVentures.getVentureFilterOptions(),
  ]);
  const countryName = new Map(options.countries.map((c) => [c.code, localized(locale, c.nameRu, c.nameEn)]));
  const pairs = options.countries.flatMap((a, i) => options.countries.slice(i + 1).map((b) => [a.code, b.code].sort() as [string, string]));
  const pairLabel = ([a, b]: [string, string]) => `${countryName.get(a) ?? a} – ${countryName.get(b) ?? b}`;
  const pages = Math.min(pageCount({ total: list.total, pageSize: query.limit }), lastAllowedPage(query.limit));
  const exportParams = toQueryString(ventureQueryParams({ ...query, page: undefined, limit: undefined }));

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />

      <section aria-labelledby="map-heading" className="space-y-3">
        <h2 id="map-heading" className="text-lg font-semibold">
          {t("mapHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t("mapIntro")}</p>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
          <VentureMap summary={summary} countries={options.countries} locale={locale} selected={query.country} />
          <div className="space-y-4">
            <BarTable
              caption={t("mapTableCaption")}
              labelHeading={t("country")}
              valueHeading={t("ventures")}
              testId="map-table"
              rows={summary.byCountry.map((c) => ({
                key: c.code,
                label: <Link href={registryHref({ country: c.code })}>{localized(locale, c.nameRu, c.nameEn)}</Link>,
                value: c.ventures,
              }))}
            />
            {summary.byPair.length === 0 ? (
              <p className="text-sm text-muted">{t("noPairs")}</p>
            ) : (
              <BarTable
                caption={t("mapPairsCaption")}
                labelHeading={t("pair")}
                valueHeading={t("ventures")}
                testId="pair-table"
                rows={summary.byPair.map((p) => ({
                  key: `${p.a}-${p.b}`,
                  label: <Link href={registryHref({ pair: `${p.a}-${p.b}` })}>{pairLabel([p.a, p.b])}</Link>,
                  value: p.ventures,
                }))}
              />
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="registry-heading" className="space-y-4">
        <h2 id="registry-heading" className="sr-only">
          {t("listCaption")}
        </h2>
        <FilterForm
          action={`/${locale}/ventures`}
          resetHref={`/${locale}/ventures`}
          search={{ name: "q", label: t("search"), value: query.q, placeholder: t("searchPlaceholder") }}
          fields={[
            {
              name: "country",
              label: t("country"),
              value: query.country,
              options: options.countries.map((c) => ({ value: c.code, label: countryName.get(c.code)! })),
            },
            {
              name: "pair",
              label: t("pair"),
              value: query.pair && [...query.pair.split("-")].sort().join("-"),
              options: pairs.map((p) => ({ value: p.join("-"), label: pairLabel(p) })),
            },
            { name: "sector", label: t("sector"), value: query.sector, options: Object.values(Sector).map((s) => ({ value: s, label: tSector(s) })) },
            { name: "status", label: t("status"), value: query.status, options: Object.values(VentureStatus).map((s) => ({ value: s, label: tStatus(s) })) },
            { name: "year", label: t("year"), value: query.year?.toString(), options: options.years.map((y) => ({ value: String(y), label: String(y) })) },
            {
              name: "investment",
              label: t("investment"),
              value: query.investment,
              options: INVESTMENT_BANDS.map((b) => ({ value: b, label: t(`band_${b}`) })),
            },
            {
              name: "confirmed",
              label: t("confirmedFilter"),
              value: query.confirmed,
              options: CONFIRMATION_FILTERS.map((c) => ({ value: c, label: t(`confirmed_${c}`) })),
            },
            {
              name: "sort",
              label: t("sort"),
              value: query.sort === "date" ? undefined : query.sort,
              emptyLabel: t("sortDate"),
              options: VENTURE_SORTS.filter((s) => s !== "date").map((s) => ({ value: s, label: t(s === "name" ? "sortName" : "sortInvestment") })),
            },
          ]}
        />

        <div
          className="flex flex-col gap-2 rounded-lg border border-line bg-accent-soft p-4 text-sm sm:flex-row sm:items-center sm:justify-between"
          data-testid="venture-totals"
        >
          <div>
            <p className="font-semibold" data-testid="venture-count">
              {t("totals", { count: list.total })}
            </p>
            {list.total > 0 && (
              <p>
                {list.knownInvestmentUsd
                  ? t("knownInvestment", { amount: formatUsd(list.knownInvestmentUsd, locale), withInvestment: list.withInvestment })
                  : t("noInvestment")}
              </p>
            )}
          </div>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            <a href={`/api/v1/ventures.csv${exportParams}`} download className="font-medium" data-testid="venture-csv">
              {t("downloadCsv")}
            </a>
            <a href={`/api/v1/ventures${exportParams}`}>{t("apiLink")}</a>
          </div>
        </div>
        {list.total > MAX_EXPORT_ROWS && <p className="text-xs text-muted">{t("csvLimit", { max: MAX_EXPORT_ROWS })}</p>}

        {list.items.length === 0 ? (
          <div className="rounded-lg border border-line bg-surface p-6 text-center">
            <p className="text-muted">{t("empty")}</p>
            <p className="mt-2">
              <Link href="/ventures">{t("emptyReset")}</Link>
            </p>
          </div>
        ) : (
          <ul className="record-list" aria-labelledby="registry-heading">
            {list.items.map((venture) => (
              <VentureRow key={venture.id} venture={venture} locale={locale} />
            ))}
          </ul>
        )}

        {pages > 1 && (
          <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 text-sm">
            {query.page > 1 ? <Link href={registryHref({ ...query, page: query.page - 1 })}>← {t("previous")}</Link> : <span />}
            <span className="text-muted" data-testid="venture-page">
              {t("pageOf", { page: query.page, pages })}
            </span>
            {query.page < pages ? <Link href={registryHref({ ...query, page: query.page + 1 })}>{t("next")} →</Link> : <span />}
          </nav>
        )}
      </section>

      {/* By sector only: the ventures per country pair are the table beside the map. */}
      <section aria-labelledby="summary-heading" className="max-w-3xl space-y-2">
        <h2 id="summary-heading" className="text-lg font-semibold">
          {t("bySectorHeading")}
        </h2>
        <BarTable
          caption={t("bySectorCaption")}
          labelHeading={t("sector")}
          valueHeading={t("ventures")}
          extraHeading={t("investment")}
          testId="sector-table"
          rows={summary.bySector.map((s) => ({
            key: s.sector,
            label: <Link href={registryHref({ sector: s.sector })}>{tSector(s.sector)}</Link>,
            value: s.ventures,
            extra: s.investmentUsd ? formatUsd(s.investmentUsd, locale) : "—",
          }))}
        />
      </section>
    </div>
  );
}

async function VentureRow({ venture, locale }: { venture: VentureListItem; locale: Locale }) {
  const [t, tSector, tStatus] = await Promise.all([getTranslations("ventures"), getTranslations("sector"), getTranslations("ventureStatus")]);
  const city = localized(locale, venture.cityRu, venture.cityEn);
  const place = [city, venture.country && localized(locale, venture.country.nameRu, venture.country.nameEn)].filter(Boolean).join(", ");
  const countryNameOf = (code: string) => {
    const country = venture.partners.flatMap((p) => [p.country, p.secondCountry]).find((c) => c?.code === code);
    return country ? localized(locale, country.nameRu, country.nameEn) : code;
  };
  return (
    <li data-testid="venture" className="record-row">
      <div className="min-w-0 space-y-1">
        <Link href={`/ventures/${venture.id}`} className="font-medium">
          {localized(locale, venture.nameRu, venture.nameEn)}
        </Link>
        <p className="text-sm text-muted">
          {venture.partners.length === 0
            ? t("partnersNotStated")
            : venture.partners
                .map((p) => {
                  const countries = [p.country, p.secondCountry].flatMap((c) => (c ? [localized(locale, c.nameRu, c.nameEn)] : [])).join(" / ");
                  return `${p.companyName ?? t("partnerNotNamed", { country: p.country?.code ?? "other" })} (${countries || t("countryNotStated")})`;
                })
                .join(" · ")}
        </p>
        <p className="text-sm">
          {tSector(venture.sector)}
          {place && ` · ${place}`}
          {venture.establishedOn && ` · ${formatDateWithPrecision(venture.establishedOn, venture.establishedPrecision, locale)}`}
        </p>
        {venture.confirmedBy.length > 0 && (
          <p className="text-sm text-muted" data-testid="venture-confirmed">
            {venture.fullyConfirmed ? t("confirmedByAll") : t("confirmedBy", { countries: venture.confirmedBy.map((code) => countryNameOf(code)).join(", ") })}
          </p>
        )}
      </div>
      <div className="flex shrink-0 flex-row items-center gap-3 sm:flex-col sm:items-end">
        <Badge tone={venture.status === "SUSPENDED" ? "warning" : venture.status === "ANNOUNCED" ? "neutral" : "accent"}>{tStatus(venture.status)}</Badge>
        <span className="text-sm">
          <span className="text-muted">{t("investment")}: </span>
          <span className="tabular">{venture.investmentUsd ? formatUsd(venture.investmentUsd, locale) : t("investmentNotReported")}</span>
        </span>
      </div>
    </li>
  );
}
