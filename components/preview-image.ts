import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createElement } from "react";
import { ImageResponse } from "next/og";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Decimal } from "@/lib/decimal";
import { CACHE_TAGS, cachedQuery } from "@/lib/cache";
import { formatPeriod, formatUsd } from "@/lib/format";
import { localized } from "@/lib/i18n/localized";
import { routing, type Locale } from "@/lib/i18n/routing";
import { countryColor } from "@/lib/countries";
import { siteUrl } from "@/lib/site-url";
import { buildChartRows } from "@/lib/charts/trade-rows";
import { buildPreviewModel, previewText } from "@/lib/charts/preview";
import { comparedTickText } from "@/components/compare-chart";
import { buildComparison } from "@/lib/charts/compare";
import { loadComparison } from "@/lib/queries/comparison";
import { parseCompareQuery, tradeViewParams } from "@/lib/validation/trade";
import { toQueryString } from "@/lib/validation/filters";
import { briefCreditSources } from "@/lib/charts/chart-credit";
import { figureGrowthText, figureValueText, seriesName } from "@/lib/charts/figure-text";
import { describeSeries } from "@/lib/metrics/series";
import { getTargetProgress } from "@/lib/metrics/target-progress";
import { cachedTargets, targetSeries, type TargetDto } from "@/lib/queries/targets";
import { cachedTrade, groupIntoSeries, seriesKey, type TradeSeries } from "@/lib/queries/trade";
import { PREVIEW_SIZE } from "@/lib/page-metadata";
import { COMPARE_PREVIEW_PLOT_HEIGHT, ComparePreview, PREVIEW_PLOT, TradePreview } from "@/components/trade-preview";

// The fonts come from the geist package on disk: next/og would fetch a font from Google for
// any character they lack, which lib/charts/preview.ts's previewText() prevents.
const FONT_DIR = path.join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans");
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600; style: "normal" }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, "Geist-Regular.ttf")).then((data) => ({ name: "Geist", data, weight: 400 as const, style: "normal" as const })),
    readFile(path.join(FONT_DIR, "Geist-SemiBold.ttf")).then((data) => ({ name: "Geist", data, weight: 600 as const, style: "normal" as const })),
  ]);
  return fonts;
}

type Chart = {
  locale: Locale;
  series: TradeSeries;
  targets: Pick<TargetDto, "valueUsd" | "setOn">[];
  title?: string;
  path?: { year: number; value: Decimal }[];
  /** The page's path, written under the chart: "/en/trade?series=…". */
  page: string;
};

/** The PNG of a series' chart as a link preview, drawn from the rows the page's chart draws. */
async function renderChart({ locale, series, targets, title, path: targetPath, page }: Chart): Promise<Buffer> {
  const [tFigure, tChart, tScope, tCitation, tSite, tTrade] = await Promise.all([
    getTranslations({ locale, namespace: "figure" }),
    getTranslations({ locale, namespace: "chart" }),
    getTranslations({ locale, namespace: "scope" }),
    getTranslations({ locale, namespace: "citation" }),
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "trade" }),
  ]);
  const name = seriesName(series.figures[0]!, locale, tScope);
  const rows = buildChartRows(
    series.figures,
    locale,
    { describe: (_figure, label) => label, missing: (year) => String(year), pathPoint: (year) => String(year) },
    targetPath,
  );
  const lines = targets.map((target) => ({
    value: target.valueUsd.div(1e9).toNumber(),
    label: previewText(tChart("previewTarget", { value: formatUsd(target.valueUsd, locale), year: String(target.setOn.getUTCFullYear()) })),
  }));
  const byId = new Map(series.figures.map((f) => [f.id, f]));
  const model = buildPreviewModel(rows, lines, PREVIEW_PLOT, (row) => {
    const figure = byId.get(row.key);
    return previewText(figure ? figureValueText(figure, locale, tFigure) : "");
  });
  // No-break spaces: an axis label ("25 млрд $") stays on one line.
  for (const tick of model.ticks)
    tick.label = tick.label === "0" ? "0" : previewText(formatUsd(new Decimal(tick.label).times(1e9), locale)).replace(/ /g, "\u00A0");
  const shape = describeSeries(series.figures);
  const latest = shape.fullYears.at(-1);
  // A series with only growth rates has no bar: the preview says so, as the page does.
  const notes = rows.length
    ? []
    : shape.growthOnly.map((g) =>
        previewText(tTrade("growthOnlyBody", { period: formatPeriod(g.periodStart, g.periodEnd, locale), growth: figureGrowthText(g, locale, tFigure) ?? "" })),
      );
  const sources = briefCreditSources(
    series.figures.flatMap((f) =>
      f.citations.map(({ source }) => ({
        id: source.id,
        title: localized(locale, source.titleRu, source.titleEn),
        publisher: source.publisher,
        publishedOn: source.publishedOn,
      })),
    ),
    locale,
  );
  const site = siteUrl();
  const element = createElement(TradePreview, {
    site: previewText(tSite("name")),
    title: previewText(title ?? name),
    subtitle: previewText(
      latest
        ? tFigure("describe", { period: String(latest.periodEnd.getUTCFullYear()), value: figureValueText(latest, locale, tFigure) })
        : notes.length
          ? tTrade("growthOnlyTitle")
          : "",
    ),
    model,
    notes,
    hatchLegend: previewText(tChart("hatchLegend")),
    color: countryColor(series.countryACode === "AZ" ? "AZ" : series.scope === "BILATERAL" ? series.countryBCode : null),
    sourceLine: previewText(`${tCitation(sources.length === 1 ? "source" : "sources")}: ${sources.join("; ") || tCitation("noSource")}`),
    address: previewText(`${site.host}${page}`),
  });
  const image = new ImageResponse(element, { ...PREVIEW_SIZE, fonts: await loadFonts() });
  return Buffer.from(await image.arrayBuffer());
}

const tags = [CACHE_TAGS.trade, CACHE_TAGS.targets, CACHE_TAGS.sources] as const;

/**
 * The preview PNG (base64) of a trade series, or null for an unknown series; the home page's is
 * the intra-regional series'. Cached under the data's tags, so an edit redraws it.
 */
const tradePreview = cachedQuery(
  "preview.trade",
  async (locale: Locale, key: string | null): Promise<string | null> => {
    const [figures, targets] = await Promise.all([cachedTrade.listTradeFigures(), cachedTargets.listTargets().then((list) => list.items)]);
    const all = groupIntoSeries(figures.items);
    const series = key ? all.find((s) => s.key === key) : all.find((s) => s.scope === "INTRA_REGIONAL");
    if (!series) return null;
    const page = key ? `/${locale}/trade?series=${key}` : `/${locale}`;
    const png = await renderChart({ locale, series, targets: targets.filter((target) => seriesKey(target) === series.key), page });
    return png.toString("base64");
  },
  tags,
);

/** A target's preview PNG (base64): its series, the target and the path to it; null if unknown. */
const targetPreview = cachedQuery(
  "preview.target",
  async (locale: Locale, id: string): Promise<string | null> => {
    const target = await cachedTargets.getTarget(id);
    if (!target) return null;
    const figures = (await cachedTrade.listTradeFigures({ series: targetSeries(target) })).items;
    if (figures.length === 0) return null;
    const { outlook } = getTargetProgress(target, figures);
    const tScope = await getTranslations({ locale, namespace: "scope" });
    const tTargets = await getTranslations({ locale, namespace: "targets" });
    const png = await renderChart({
      locale,
      series: { key: "target", ...targetSeries(target), figures },
      targets: [target],
      title: tTargets("detailTitle", { value: formatUsd(target.valueUsd, locale), series: seriesName(target, locale, tScope) }),
      path: outlook?.milestones.length ? outlook.milestones : undefined,
      page: `/${locale}/targets/${target.id}`,
    });
    return png.toString("base64");
  },
  tags,
);

/**
 * A comparison's preview PNG (base64), for `query`, its canonical query string
 * ("?compare=…&from=…"), laid out by the model the page's chart draws; null when none of its
 * series has a figure to draw.
 */
const comparePreview = cachedQuery(
  "preview.compare",
  async (locale: Locale, query: string): Promise<string | null> => {
    const compareQuery = parseCompareQuery(Object.fromEntries(new URLSearchParams(query)));
    const [data, tCompare, tSite] = await Promise.all([
      loadComparison(locale, compareQuery),
      getTranslations({ locale, namespace: "compare" }),
      getTranslations({ locale, namespace: "site" }),
    ]);
    const comparison = buildComparison(data.inputs, compareQuery, data.markers, COMPARE_PREVIEW_PLOT_HEIGHT);
    if (!comparison.years) return null;
    const element = createElement(ComparePreview, {
      site: previewText(tSite("name")),
      title: previewText(tCompare("shareTitle", { count: comparison.series.length })),
      axis: previewText(comparison.measure === "index" ? tCompare("axisIndex") : tCompare("axisUsd")),
      comparison,
      names: comparison.series.map((s) => previewText(s.name)),
      tickLabels: comparison.valueTicks.map((tick) => previewText(comparedTickText(tick.value, comparison.measure, locale)).replace(/ /g, "\u00A0")),
      address: previewText(`${siteUrl().host}/${locale}/trade${query}`),
    });
    const image = new ImageResponse(element, { ...PREVIEW_SIZE, fonts: await loadFonts() });
    return Buffer.from(await image.arrayBuffer()).toString("base64");
  },
  tags,
);

/** GET …/trade/preview.png?compare=…[&from=…&to=…&measure=…]: the comparison's PNG. */
export async function comparePreviewResponse(locale: string, params: URLSearchParams): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return pngResponse(null);
  const { compare, from, to, measure } = tradeViewParams(Object.fromEntries(params));
  return pngResponse(compare ? await comparePreview(locale, toQueryString({ compare, from, to, measure })) : null);
}

function pngResponse(base64: string | null): Response {
  if (!base64) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(Buffer.from(base64, "base64")), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}

/** GET …/trade/preview.png?series=KEY (no series: the trade page's first) and the home page's /[locale]/preview.png. */
export async function tradePreviewResponse(locale: string, series: string | null, home = false): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return pngResponse(null);
  if (home) return pngResponse(await tradePreview(locale, null));
  const figures = await cachedTrade.listTradeFigures();
  const keys = groupIntoSeries(figures.items).map((s) => s.key);
  const key = series && keys.includes(series) ? series : (keys[0] ?? null);
  return pngResponse(key ? await tradePreview(locale, key) : null);
}

/** GET /[locale]/targets/[id]/preview.png */
export async function targetPreviewResponse(locale: string, id: string): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return pngResponse(null);
  return pngResponse(await targetPreview(locale, id));
}
