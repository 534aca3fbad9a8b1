import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { isFullCalendarYear } from "@/lib/metrics/series";
import { formatDate } from "@/lib/format";
import { seriesName } from "@/lib/charts/figure-text";
import type { CompareInput, CompareMarkerInput, CompareSource } from "@/lib/charts/compare";
import type { CompareQuery } from "@/lib/validation/trade";
import { parseReportedSeriesKey } from "@/lib/trade-stats/series-key";
import { cachedTrade, groupIntoSeries } from "@/lib/queries/trade";
import { cachedSummits } from "@/lib/queries/summits";
import { countryNames } from "@/lib/queries/countries";

export type SeriesChoice = { key: string; name: string; count: number };

/** What the comparison on /trade and its CSV read: the series to choose from, the chosen ones' figures, the summits. */
export type ComparisonData = {
  choices: { stated: SeriesChoice[]; reported: SeriesChoice[] };
  /** The chosen series, in the order chosen; by default every stated series with a value. */
  inputs: CompareInput[];
  /** Series in the address the portal has no figures for: named, or by their id where they name nothing. */
  unknown: string[];
  markers: CompareMarkerInput[];
};

type SourceRow = { id: string; titleRu: string; titleEn: string; publisher: string | null; publishedOn: Date | null; url: string | null };

const source = (locale: Locale, s: SourceRow | undefined): CompareSource | null =>
  s ? { id: s.id, title: localized(locale, s.titleRu, s.titleEn), publisher: s.publisher, publishedOn: s.publishedOn, url: s.url } : null;

/**
 * Names series of official statistics in `locale`: "Kazakhstan → Uzbekistan: exports, as
 * reported by Kazakhstan"; a `derived` turnover is named as exports plus imports.
 */
export async function reportedSeriesNamer(locale: Locale): Promise<(key: string, derived: boolean) => string> {
  const [t, names] = await Promise.all([getTranslations({ locale, namespace: "compare" }), countryNames(locale)]);
  return (key, derived) => {
    const s = parseReportedSeriesKey(key)!;
    return t("reportedName", {
      reporter: names[s.reporter] ?? s.reporter,
      partner: names[s.partner] ?? s.partner,
      flow: derived ? "SUM" : s.flow,
      frequency: s.frequency,
    });
  };
}

export async function loadComparison(locale: Locale, query: CompareQuery): Promise<ComparisonData> {
  const [t, tScope, stated, reported, events, reportedName] = await Promise.all([
    getTranslations({ locale, namespace: "compare" }),
    getTranslations({ locale, namespace: "scope" }),
    cachedTrade.listTradeFigures(),
    cachedTrade.listReportedSeries(),
    cachedSummits.listChartMarkers(),
    reportedSeriesNamer(locale),
  ]);
  const statedSeries = groupIntoSeries(stated.items);
  const choices = {
    stated: statedSeries.map((s) => ({ key: s.key, name: seriesName(s.figures[0]!, locale, tScope), count: s.figures.length })),
    reported: reported.map((s) => ({ key: s.key, name: reportedName(s.key, s.derived), count: s.count })),
  };
  const keys = query.series.length > 0 ? query.series : statedSeries.filter((s) => s.figures.some((f) => f.valueUsd !== null)).map((s) => s.key);
  const reportedFigures = await cachedTrade.listReportedSeriesFigures(keys.filter((key) => parseReportedSeriesKey(key) !== null));

  const inputs: CompareInput[] = [];
  const unknown: string[] = [];
  for (const key of keys) {
    const statedOne = statedSeries.find((s) => s.key === key);
    const reportedOne = reportedFigures[key];
    if (statedOne) {
      inputs.push({
        key,
        name: seriesName(statedOne.figures[0]!, locale, tScope),
        figures: statedOne.figures.map((f) => ({
          periodStart: f.periodStart,
          periodEnd: f.periodEnd,
          valueUsd: f.valueUsd?.toNumber() ?? null,
          partial: !isFullCalendarYear(f.periodStart, f.periodEnd),
          source: source(locale, f.citations[0]?.source),
        })),
      });
    } else if (reportedOne && reportedOne.figures.length > 0) {
      inputs.push({
        key,
        name: reportedName(key, reportedOne.derived),
        historyHref: reportedOne.derived ? undefined : `/${locale}/trade/revisions/${key}`,
        figures: reportedOne.figures.map((f) => ({
          periodStart: f.periodStart,
          periodEnd: f.periodEnd,
          valueUsd: f.valueUsd?.toNumber() ?? null,
          partial: false,
          source: source(locale, f.citations[0]?.source),
        })),
      });
    } else unknown.push(parseReportedSeriesKey(key) ? reportedName(key, false) : key);
  }
  const markers = events.map((e) => ({
    key: e.slug,
    label: t("markerLabel", { ordinal: e.kind === "CONSULTATIVE_MEETING" && e.ordinal ? String(e.ordinal) : "none" }),
    title: `${localized(locale, e.titleRu, e.titleEn)}, ${formatDate(e.startDate, locale)}`,
    date: e.startDate,
    href: `/${locale}/summits/${e.slug}`,
  }));
  return { choices, inputs, unknown, markers };
}
