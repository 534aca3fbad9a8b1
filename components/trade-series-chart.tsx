import { getTranslations } from "next-intl/server";
import type { Decimal } from "@/lib/decimal";
import { formatPercent, formatPeriod, formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { countryColor } from "@/lib/countries";
import { buildChartRows } from "@/lib/charts/trade-rows";
import { creditSources, uniqueSources } from "@/lib/charts/chart-credit";
import { siteUrl } from "@/lib/site-url";
import { figureGrowthText, figureValueText, seriesName } from "@/lib/charts/figure-text";
import { describeSeries } from "@/lib/metrics/series";
import { getShareReached } from "@/lib/metrics/progress";
import type { TargetDto } from "@/lib/queries/targets";
import type { TradeSeries } from "@/lib/queries/trade";
import { TradeChart } from "@/components/trade-chart";
import { TradeChartPicture } from "@/components/trade-chart-picture";
import { CHART_INK } from "@/lib/charts/chart-box";
import type { ChartDrawing } from "@/lib/charts/chart-row";

type Props = {
  series: TradeSeries;
  targets: Pick<TargetDto, "id" | "valueUsd" | "setOn">[];
  locale: Locale;
  /** The constant-growth path to a target, drawn as a line (target pages). */
  path?: { year: number; value: Decimal }[];
  /** Replaces the default chart title. */
  title?: string;
  /** Extra sentences for the summary (the path's explanation). */
  summaryExtra?: string;
};

/**
 * A series as a chart with its text summary. The summary is the chart's description and
 * says in words what the bars show, including what is missing, partial or inferred.
 */
export async function TradeSeriesChart({ series, targets, locale, path, title, summaryExtra }: Props) {
  const tFigure = await getTranslations("figure");
  const tTrade = await getTranslations("trade");
  const tChart = await getTranslations("chart");
  const tScope = await getTranslations("scope");
  const tPeriod = await getTranslations("period");
  const first = series.figures[0];
  if (!first) return null;
  const name = seriesName(first, locale, tScope);
  const shape = describeSeries(series.figures);
  const latest = shape.fullYears.at(-1);

  const rows = buildChartRows(
    series.figures,
    locale,
    {
      describe: (figure, label) => {
        const full = series.figures.find((f) => f.id === figure.id)!;
        const flags = [
          figure.periodInferred && tPeriod("periodInferred"),
          figure.isLowerBound && tFigure("lowerBoundBadge"),
          shape.partial.includes(full) && tFigure("partial"),
        ].filter((x): x is string => Boolean(x));
        const value = figureValueText(figure, locale, tFigure);
        return flags.length ? tFigure("describeFlags", { period: label, value, flags: flags.join(", ") }) : tFigure("describe", { period: label, value });
      },
      missing: (year) => tFigure("missing", { year: String(year) }),
      pathPoint: (year, value) => tFigure("pathPoint", { year: String(year), value: formatUsd(value, locale) }),
    },
    path,
  ).map((row) => {
    const figure = series.figures.find((f) => f.id === row.key);
    const citation = figure?.citations[0];
    if (!citation) return row;
    const { source } = citation;
    return {
      ...row,
      source: localized(locale, source.titleRu, source.titleEn),
      sourceHref: `/${locale}/sources/${source.id}`,
      quote: citation.quote ?? undefined,
      quoteLang: source.language,
    };
  });

  const summaryId = `summary-${series.key}`;
  const summary: string[] = [];
  const list = shape.fullYears.map((f) => {
    const period = formatPeriod(f.periodStart, f.periodEnd, locale);
    return tTrade("summaryListItem", { value: figureValueText(f, locale, tFigure), period: f.periodInferred ? tTrade("summaryInferred", { period }) : period });
  });
  summary.push(tTrade("summaryAnnual", { count: shape.fullYears.length, list: list.join("; ") }));
  if (shape.missingYears.length) summary.push(tTrade("summaryMissing", { count: shape.missingYears.length, years: shape.missingYears.join(", ") }));
  for (const p of shape.partial) {
    summary.push(tTrade("summaryPartial", { value: figureValueText(p, locale, tFigure), period: formatPeriod(p.periodStart, p.periodEnd, locale) }));
  }
  for (const g of shape.growthOnly) {
    summary.push(tTrade("summaryGrowthOnly", { period: formatPeriod(g.periodStart, g.periodEnd, locale), growth: figureGrowthText(g, locale, tFigure) ?? "" }));
  }
  if (targets.length && latest?.valueUsd) {
    const items = targets.map((target) =>
      tTrade(latest.isLowerBound ? "summaryTargetItemBound" : "summaryTargetItem", {
        target: formatUsd(target.valueUsd, locale),
        share: formatPercent(getShareReached(latest.valueUsd!, target.valueUsd), locale),
      }),
    );
    summary.push(tTrade("summaryTargets", { targets: items.join(", ") }));
  }
  if (summaryExtra) summary.push(summaryExtra);

  if (rows.length === 0) return null;
  // The sources of the figures drawn, for the footer of a downloaded chart.
  const drawn = series.figures.filter((f) => f.valueUsd !== null).flatMap((f) => f.citations.map((c) => c.source));
  const sources = creditSources(
    drawn.map((s) => ({ id: s.id, title: localized(locale, s.titleRu, s.titleEn), publisher: s.publisher, publishedOn: s.publishedOn })),
    locale,
  );
  const tSite = await getTranslations("site");
  const color = countryColor(series.countryACode === "AZ" ? "AZ" : series.scope === "BILATERAL" ? series.countryBCode : null);
  const drawing: ChartDrawing = {
    id: `chart-${series.key}`,
    title: title ?? tTrade("chartTitle", { series: name }),
    rows,
    targets: targets.map((t) => ({
      value: t.valueUsd.div(1e9).toNumber(),
      label: tChart("targetLine", { value: formatUsd(t.valueUsd, locale), year: String(t.setOn.getUTCFullYear()) }),
    })),
    color,
    path: rows.some((r) => r.path != null) ? { color: CHART_INK.path } : null,
    locale,
  };
  return (
    <div className="space-y-3">
      <TradeChart
        {...drawing}
        summaryId={summaryId}
        picture={<TradeChartPicture {...drawing} />}
        fileName={`trade-${series.key.toLowerCase()}`}
        credit={{
          sourceLine: tChart("creditSource", { count: uniqueSources(drawn).length, sources }),
          portal: tSite("name"),
          siteOrigin: siteUrl().origin,
          downloaded: tChart("creditDownloaded"),
        }}
        labels={{
          download: tChart("download"),
          svg: tChart("svg"),
          png: tChart("png"),
          focusHint: tChart("focusHint"),
          barLegend: tChart("barLegend"),
          hatchLegend: tChart("hatchLegend"),
          pathLegend: tChart("pathLegend"),
        }}
      />
      <div>
        <p className="text-sm font-medium text-muted">{tChart("summary")}</p>
        <p id={summaryId} className="text-sm" data-testid="chart-summary">
          {summary.join(" ")}
        </p>
      </div>
    </div>
  );
}
