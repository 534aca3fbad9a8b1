import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GeistSans } from "geist/font/sans";
import { routing, type Locale } from "@/lib/i18n/routing";
import { cachedTargets } from "@/lib/queries/targets";
import { cachedTrade, groupIntoSeries, seriesKey } from "@/lib/queries/trade";
import { parseCompareQuery, parseTradeView } from "@/lib/validation/trade";
import { buildComparison } from "@/lib/charts/compare";
import { loadComparison } from "@/lib/queries/comparison";
import { COMPARE_PLOT_HEIGHT, CompareChart } from "@/components/compare-chart";
import { toQueryString } from "@/lib/validation/filters";
import { viewSearchParams } from "@/lib/query-route";
import { TradeSeriesChart } from "@/components/trade-series-chart";
import { TradeTable } from "@/components/trade-table";
import { GrowthOnlyNote } from "@/components/growth-only-note";
import { seriesName } from "@/lib/charts/figure-text";
import { SampleDataBanner } from "@/components/sample-data-banner";
import "../../globals.css";

// Outside the locale segment (other sites frame it), so it renders its own <html>. The public
// URL is /embed/trade?lang=&series=&view=; with a query, served through ./view/[query] (lib/query-route.ts).
// [chart] is a segment only so the page renders on its first request rather than at the build,
// which has no database; "trade" is the one chart offered.
type Props = { params: Promise<{ chart: string; query?: string }> };

export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

async function viewOf(params: Props["params"]) {
  if ((await params).chart !== "trade") notFound();
  return viewSearchParams(params);
}

function pickLocale(lang: string | string[] | undefined): Locale {
  const value = Array.isArray(lang) ? lang[0] : lang;
  return routing.locales.find((l) => l === value) ?? routing.defaultLocale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pickLocale((await viewOf(params)).lang);
  const t = await getTranslations({ locale, namespace: "embed" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The chart of one series alone, for other sites' iframes: ?lang=ru|en&series=INTRA_REGIONAL;
 * or a comparison, as /trade draws it: ?lang=en&compare=INTRA_REGIONAL,REPORTED-KZ-UZ-EXPORT&from=2015.
 */
export default async function EmbedTradePage({ params }: Props) {
  const query = await viewOf(params);
  const locale = pickLocale(query.lang);
  setRequestLocale(locale);
  if (query.compare) return <EmbedComparison locale={locale} query={query} />;
  const [t, figures, targets] = await Promise.all([
    getTranslations("embed"),
    cachedTrade.listTradeFigures(),
    cachedTargets.listTargets().then((list) => list.items),
  ]);
  // Every series the trade page offers, the ones with growth rates only included: the embed
  // shows the series, view and language of the page its code was taken from.
  const series = groupIntoSeries(figures.items);
  const view = parseTradeView(
    query,
    series.map((s) => s.key),
  );
  const selected = series.find((s) => s.key === view.series);
  const tScope = await getTranslations("scope");
  const name = selected && seriesName(selected.figures[0]!, locale, tScope);
  const drawable = selected?.figures.some((f) => f.valueUsd !== null);

  return (
    <EmbedFrame locale={locale} more={`/${locale}/trade?series=${encodeURIComponent(view.series ?? "")}&view=${view.view}`}>
      {selected ? (
        <>
          <h1 className="text-lg font-semibold">{name}</h1>
          {view.view === "chart" &&
            (drawable ? (
              <TradeSeriesChart series={selected} targets={targets.filter((target) => seriesKey(target) === selected.key)} locale={locale} />
            ) : (
              <GrowthOnlyNote figures={selected.figures} locale={locale} />
            ))}
          {view.view === "chart" ? (
            <details>
              <summary className="cursor-pointer text-sm">{t("table")}</summary>
              <TradeTable figures={selected.figures} locale={locale} caption={t("table")} withQuotes={false} />
            </details>
          ) : (
            <TradeTable figures={selected.figures} locale={locale} caption={t("table")} withQuotes={view.view === "sources"} />
          )}
        </>
      ) : (
        <h1>{t("empty")}</h1>
      )}
    </EmbedFrame>
  );
}

/** The comparison of /trade#compare, alone, with the credit line linking back to it. */
async function EmbedComparison({ locale, query }: { locale: Locale; query: Record<string, string> }) {
  const compareQuery = parseCompareQuery(query);
  const [t, data] = await Promise.all([getTranslations("compare"), loadComparison(locale, compareQuery)]);
  const comparison = buildComparison(data.inputs, compareQuery, data.markers, COMPARE_PLOT_HEIGHT);
  const { compare, from, to, measure } = query;
  return (
    <EmbedFrame locale={locale} more={`/${locale}/trade${toQueryString({ compare, from, to, measure })}#compare`}>
      <h1 className="text-lg font-semibold">{t("heading")}</h1>
      {comparison.years ? <CompareChart comparison={comparison} locale={locale} /> : <p>{t("nothing")}</p>}
    </EmbedFrame>
  );
}

/** The embed's own page: a column the frame's height, whose content scrolls while the credit line stays in view at any size. */
async function EmbedFrame({ locale, more, children }: { locale: Locale; more: string; children: React.ReactNode }) {
  const t = await getTranslations("embed");
  return (
    <html lang={locale} className={`${GeistSans.variable} bg-surface`}>
      <body className="flex h-dvh flex-col bg-surface">
        <SampleDataBanner />
        <main className="flex-1 space-y-3 overflow-y-auto p-3">{children}</main>
        <footer className="border-t border-line px-3 py-2 text-xs text-muted" data-testid="embed-credit">
          {t("source")}{" "}
          <a href={more} target="_top">
            {t("more")}
          </a>
        </footer>
      </body>
    </html>
  );
}
