import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { csvResponse } from "@/lib/export/csv";
import { siteUrl } from "@/lib/site-url";
import { isFullCalendarYear } from "@/lib/metrics/series";
import { cachedTrade, groupIntoSeries } from "@/lib/queries/trade";
import { parseTradeView } from "@/lib/validation/trade";
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

/**
 * The figures of the series in view on /trade, as CSV: the same rows as its table, each with
 * its source (title, publisher, date, address, and its page on the portal) so a figure can be
 * traced once it has left the portal.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const figures = await cachedTrade.listTradeFigures();
  const series = groupIntoSeries(figures.items);
  const view = parseTradeView(
    Object.fromEntries(new URL(request.url).searchParams),
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
