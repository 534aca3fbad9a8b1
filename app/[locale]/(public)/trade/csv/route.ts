import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { csvResponse } from "@/lib/export/csv";
import { siteUrl } from "@/lib/site-url";
import { isFullCalendarYear } from "@/lib/metrics/series";
import { cachedTrade, groupIntoSeries } from "@/lib/queries/trade";
import { parseCompareQuery, parseTradeView } from "@/lib/validation/trade";
import { buildComparison } from "@/lib/charts/compare";
import { loadComparison } from "@/lib/queries/comparison";
import { parseReportedSeriesKey } from "@/lib/trade-stats/series-key";
import type { Locale } from "@/lib/i18n/routing";
import { isoDay } from "@/lib/format";

export const dynamic = "force-dynamic";

const HEADER = [
  "series",
  "period_start",
  "period_end",
  "value_usd",
  "value_is_lower_bound",
  "partial_period",
  "period_inferred",
  "growth_percent",
  "growth_is_lower_bound",
  "growth_over_years",
  "source_title",
  "source_publisher",
  "source_published_on",
  "source_url",
  "source_page",
  "quote",
] as const;

// English downloads carry the portal's translation of each quote beside the verbatim original.
const TRANSLATION_COLUMN = "quote_translation_en";
const TRANSLATION_NOT_AVAILABLE = "[English translation not yet available]";

/** The English cell for a citation's quote: its translation, the quote itself when the source is English, or a marker. */
function quoteTranslation(citation: { quote: string | null; quoteEn: string | null; source: { language: string } } | undefined): string | null {
  if (!citation?.quote) return null;
  if (citation.source.language === "en") return citation.quote;
  return citation.quoteEn ?? TRANSLATION_NOT_AVAILABLE;
}

const COMPARE_HEADER = [
  "series",
  "series_name",
  "reporter",
  "partner",
  "flow",
  "frequency",
  "period_start",
  "period_end",
  "value_usd",
  "partial_period",
  "source_title",
  "source_publisher",
  "source_published_on",
  "source_url",
  "source_page",
] as const;
// With ?measure=index: each series divided by its first figure in the chosen years, times 100.
const INDEX_COLUMN = "index_first_figure_in_range_100";

/**
 * The comparison on /trade as CSV, one row per figure drawn: which series (a statement, or
 * whose official statistics, which flow, how often), the period, the value, and the source.
 */
async function comparisonCsv(locale: Locale, query: Record<string, string>): Promise<Response> {
  const compareQuery = parseCompareQuery(query);
  const data = await loadComparison(locale, compareQuery);
  // The chart's model gives the figures in range and their index; the CSV has no summits and no plot to lay out.
  const comparison = buildComparison(data.inputs, compareQuery, [], 1);
  const index = comparison.measure === "index";
  const rows = comparison.series.flatMap((s) => {
    const reported = parseReportedSeriesKey(s.key);
    return s.points.map((p) => [
      s.key,
      s.name,
      reported?.reporter ?? "statement",
      reported?.partner ?? null,
      reported?.flow ?? "TURNOVER",
      reported?.frequency ?? null,
      isoDay(p.periodStart),
      isoDay(p.periodEnd),
      p.usd.toFixed(2),
      p.partial,
      p.source?.title ?? null,
      p.source?.publisher ?? null,
      isoDay(p.source?.publishedOn),
      p.source?.url ?? null,
      p.source ? new URL(`/${locale}/sources/${p.source.id}`, siteUrl()).href : null,
      ...(index ? [p.value.toFixed(2)] : []),
    ]);
  });
  return csvResponse("trade-comparison.csv", index ? [...COMPARE_HEADER, INDEX_COLUMN] : COMPARE_HEADER, rows);
}

/**
 * The figures of the series in view on /trade, as CSV (with ?compare=, the comparison's): the same rows as its table, each with
 * its source (title, publisher, date, address, and its page on the portal) so a figure can be
 * traced once it has left the portal.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  if (query.compare !== undefined) return comparisonCsv(locale, query);
  const figures = await cachedTrade.listTradeFigures();
  const series = groupIntoSeries(figures.items);
  const view = parseTradeView(
    query,
    series.map((s) => s.key),
  );
  const selected = series.find((s) => s.key === view.series);
  const rows = (selected?.figures ?? []).map((f) => {
    const citation = f.citations[0];
    return [
      selected!.key,
      isoDay(f.periodStart),
      isoDay(f.periodEnd),
      f.valueUsd ? f.valueUsd.toFixed(2) : null,
      f.isLowerBound,
      !isFullCalendarYear(f.periodStart, f.periodEnd),
      f.periodInferred,
      f.growthPercent ? f.growthPercent.toString() : null,
      f.growthIsLowerBound,
      f.growthOverYears,
      citation ? localized(locale, citation.source.titleRu, citation.source.titleEn) : null,
      citation?.source.publisher ?? null,
      isoDay(citation?.source.publishedOn),
      citation?.source.url ?? null,
      citation ? new URL(`/${locale}/sources/${citation.source.id}`, siteUrl()).href : null,
      citation?.quote ?? null,
      ...(locale === "en" ? [quoteTranslation(citation)] : []),
    ];
  });
  const header = locale === "en" ? [...HEADER, TRANSLATION_COLUMN] : HEADER;
  return csvResponse(`trade-${(view.series ?? "none").toLowerCase()}.csv`, header, rows);
}
