import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/components/link";
import { formatPeriod } from "@/lib/format";
import { cachedTargets } from "@/lib/queries/targets";
import { cachedTrade, groupIntoSeries, seriesKey } from "@/lib/queries/trade";
import { describeSeries } from "@/lib/metrics/series";
import { figureValueText, seriesName } from "@/lib/charts/figure-text";
import { MAX_COMPARED, parseCompareQuery, parseTradeView, TRADE_VIEWS, tradeViewParams } from "@/lib/validation/trade";
import { buildComparison } from "@/lib/charts/compare";
import { loadComparison } from "@/lib/queries/comparison";
import { COMPARE_PLOT_HEIGHT, CompareChart } from "@/components/compare-chart";
import { CompareForm } from "@/components/compare-form";
import { viewSearchParams } from "@/lib/query-route";
import { Card } from "@/components/ui/card";
import { SourceCitation } from "@/components/source-citation";
import { ThinSeriesNote } from "@/components/thin-series-note";
import { TradeSeriesChart } from "@/components/trade-series-chart";
import { TradeTable } from "@/components/trade-table";
import { localized } from "@/lib/i18n/localized";
import { MirrorTable } from "@/components/mirror-table";
import { TradeMatrixTable } from "@/components/trade-matrix-table";
import { ComputedTotalTable } from "@/components/computed-total-table";
import { matrixYear, tradeMatrix } from "@/lib/metrics/trade-matrix";
import { TRADE_COUNTRIES } from "@/lib/trade-stats/countries";
import { countryNames } from "@/lib/queries/countries";
import { EmbedSnippet } from "@/components/embed-snippet";
import { GrowthOnlyNote } from "@/components/growth-only-note";
import { PageHeader } from "@/components/ui/page-header";
import { CiteThis } from "@/components/cite-this";
import { pageMetadata } from "@/lib/page-metadata";
import { toQueryString } from "@/lib/validation/filters";

// The public URL is /trade?series=…&view=…, served from here; with a query, through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, tScope, tFigure, figures, query] = await Promise.all([
    getTranslations({ locale, namespace: "trade" }),
    getTranslations({ locale, namespace: "scope" }),
    getTranslations({ locale, namespace: "figure" }),
    cachedTrade.listTradeFigures(),
    viewSearchParams(params),
  ]);
  const path = `/trade${toQueryString(query)}`;
  if (query.compare) {
    // A shared comparison is named by its series.
    const tCompare = await getTranslations({ locale, namespace: "compare" });
    const compared = await loadComparison(locale, parseCompareQuery(query));
    const names = compared.inputs.map((s) => s.name);
    const title = tCompare("shareTitle", { count: names.length });
    const { compare, from, to, measure } = tradeViewParams(query);
    return pageMetadata({
      locale,
      path,
      title,
      description: names.join("; "),
      image: { path: `/${locale}/trade/preview.png${toQueryString({ compare, from, to, measure })}`, alt: `${title}: ${names.join("; ")}` },
    });
  }
  const series = groupIntoSeries(figures.items);
  const selected = series.find(
    (s) =>
      s.key ===
      parseTradeView(
        query,
        series.map((s) => s.key),
      ).series,
  );
  if (!selected) return pageMetadata({ locale, path, title: t("title"), description: t("intro") });
  const name = seriesName(selected.figures[0]!, locale, tScope);
  const latest = describeSeries(selected.figures).fullYears.at(-1);
  const count = selected.figures.length;
  return pageMetadata({
    locale,
    path,
    title: name,
    description: latest
      ? t("shareDescription", {
          series: name,
          count,
          period: formatPeriod(latest.periodStart, latest.periodEnd, locale),
          value: figureValueText(latest, locale, tFigure),
        })
      : t("shareDescriptionNoYear", { series: name, count }),
    image: { path: `/${locale}/trade/preview.png?series=${encodeURIComponent(selected.key)}`, alt: t("previewAlt", { series: name }) },
  });
}

export default async function TradePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const [t, tScope, figures, targets] = await Promise.all([
    getTranslations("trade"),
    getTranslations("scope"),
    cachedTrade.listTradeFigures(),
    cachedTargets.listTargets().then((list) => list.items),
  ]);
  const series = groupIntoSeries(figures.items);
  const query = await viewSearchParams(params);
  const view = parseTradeView(
    query,
    series.map((s) => s.key),
  );
  const compareQuery = parseCompareQuery(query);
  const compared = await loadComparison(locale, compareQuery);
  const comparison = buildComparison(compared.inputs, compareQuery, compared.markers, COMPARE_PLOT_HEIGHT);
  const tCompare = await getTranslations("compare");
  const current = tradeViewParams(query);
  // The comparison in view, named in full (the default one too), for its CSV and its embed.
  const comparedView = { compare: compared.inputs.map((s) => s.key).join(","), from: current.from, to: current.to, measure: current.measure };
  const selected = series.find((s) => s.key === view.series);
  const first = selected?.figures[0];
  const name = first ? seriesName(first, locale, tScope) : "";
  const shape = selected ? describeSeries(selected.figures) : null;
  const seriesTargets = selected ? targets.filter((target) => seriesKey(target) === selected.key) : [];
  const pair = selected?.scope === "BILATERAL" && first?.countryA && first.countryB ? ([first.countryA, first.countryB] as const) : null;
  const [mirror, reported] = await Promise.all([pair ? cachedTrade.listMirrorFigures(pair[0].code, pair[1].code) : [], cachedTrade.listMatrixFigures()]);
  const six = TRADE_COUNTRIES.map((c) => c.code);
  const year = matrixYear(reported, six);
  // A series or view picked above keeps the comparison below, and the other way round.
  const href = (changes: { series?: string; view?: string }) =>
    `/trade${toQueryString({ ...current, series: changes.series ?? view.series, view: changes.view ?? view.view })}`;
  const names = await countryNames(locale);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />

      {series.length === 0 ? (
        <p className="text-muted">{t("noFigures")}</p>
      ) : (
        <>
          <nav aria-label={t("seriesNav")}>
            <ul className="flex flex-wrap gap-2">
              {series.map((s) => (
                <li key={s.key}>
                  <Link
                    href={href({ series: s.key })}
                    aria-current={s.key === view.series ? "page" : undefined}
                    className={`block rounded-md border px-3 py-1.5 text-sm no-underline ${s.key === view.series ? "border-accent bg-accent text-white hover:text-white" : "border-line bg-surface hover:bg-accent-soft"}`}
                    data-testid="series-link"
                  >
                    {seriesName(s.figures[0]!, locale, tScope)} · {t("figures", { count: s.figures.length })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>

          {selected && shape && (
            <Card aria-labelledby="series-heading" className="space-y-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="series-heading" className="text-xl font-semibold">
                  {name}
                </h2>
                <a href={`/${locale}/trade/csv?series=${encodeURIComponent(selected.key)}`} download className="text-sm" data-testid="csv-link">
                  {t("downloadCsv")}
                </a>
              </div>
              {shape.isThin && <ThinSeriesNote count={shape.fullYears.length} inferred={shape.inferredYears} intra={selected.scope === "INTRA_REGIONAL"} />}
              <nav aria-label={t("viewNav")} className="border-b border-line">
                <ul className="-mb-px flex gap-1">
                  {TRADE_VIEWS.map((v) => (
                    <li key={v}>
                      <Link
                        href={href({ view: v })}
                        aria-current={v === view.view ? "page" : undefined}
                        className={`block border-b-2 px-3 py-2 text-sm no-underline ${v === view.view ? "border-accent font-medium text-ink" : "border-transparent text-muted hover:text-accent"}`}
                        data-testid="view-link"
                      >
                        {t(`view.${v}`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>

              {view.view === "chart" &&
                (shape.fullYears.length + shape.partial.length > 0 ? (
                  <TradeSeriesChart series={selected} targets={seriesTargets} locale={locale} />
                ) : (
                  <GrowthOnlyNote figures={shape.growthOnly} locale={locale} />
                ))}
              {view.view === "table" && <TradeTable figures={selected.figures} locale={locale} caption={name} />}
              {view.view === "sources" && (
                <ul className="space-y-4" data-testid="series-sources">
                  {selected.figures.map((f) => (
                    <li key={f.id}>
                      <p className="text-sm font-medium">{formatPeriod(f.periodStart, f.periodEnd, locale)}</p>
                      <SourceCitation citations={f.citations} />
                    </li>
                  ))}
                </ul>
              )}
              {seriesTargets.length > 0 && (
                <p className="text-sm">
                  <Link href="/targets">{t("targetsLink")}</Link>
                </p>
              )}
              {selected.scope === "INTRA_REGIONAL" && (
                <ComputedTotalTable series={name} stated={selected.figures} reported={reported} countries={six} locale={locale} />
              )}
              {pair && (
                <MirrorTable
                  figures={mirror}
                  a={pair[0].code}
                  b={pair[1].code}
                  names={Object.fromEntries(pair.map((c) => [c.code, localized(locale, c.nameRu, c.nameEn)]))}
                  locale={locale}
                />
              )}
            </Card>
          )}

          {selected && (
            <CiteThis locale={locale} title={t("chartTitle", { series: name })} path={`/trade${toQueryString({ series: view.series, view: view.view })}`} />
          )}
          <Card id="compare" aria-labelledby="compare-heading" className="scroll-mt-4 space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="compare-heading" className="text-xl font-semibold">
                {tCompare("heading")}
              </h2>
              {comparison.years && (
                <a href={`/${locale}/trade/csv${toQueryString(comparedView)}`} download className="text-sm" data-testid="compare-csv-link">
                  {tCompare("downloadCsv")}
                </a>
              )}
            </div>
            <p className="text-sm text-muted">{tCompare("intro", { max: MAX_COMPARED })}</p>
            <CompareForm
              locale={locale}
              choices={compared.choices}
              names={names}
              chosen={compared.inputs.map((s) => s.key)}
              query={compareQuery}
              keep={{ series: current.series, view: current.view }}
            />
            {compared.unknown.length > 0 && (
              <p role="status" className="text-sm">
                {tCompare("unknown", { count: compared.unknown.length, keys: compared.unknown.join(", ") })}
              </p>
            )}
            {comparison.years ? (
              <>
                <CompareChart comparison={comparison} locale={locale} />
                <EmbedSnippet locale={locale} view={comparedView} id="compare-embed" />
              </>
            ) : (
              <p className="text-sm text-muted" data-testid="compare-empty">
                {compareQuery.from !== undefined || compareQuery.to !== undefined
                  ? tCompare("nothingInRange", { from: compareQuery.from ?? "…", to: compareQuery.to ?? "…" })
                  : tCompare("nothing")}
              </p>
            )}
          </Card>
          <EmbedSnippet locale={locale} view={{ series: view.series, view: view.view }} />
          {year !== null && <TradeMatrixTable matrix={tradeMatrix(reported, six, year)} names={names} locale={locale} />}
        </>
      )}
    </div>
  );
}
