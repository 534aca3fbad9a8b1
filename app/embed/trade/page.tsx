import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GeistSans } from "geist/font/sans";
import { routing, type Locale } from "@/lib/i18n/routing";
import { cachedTrade, groupIntoSeries, seriesKey } from "@/lib/queries/trade";
import { parseTradeView } from "@/lib/validation/trade";
import { TradeSeriesChart } from "@/components/trade-series-chart";
import { TradeTable } from "@/components/trade-table";
import { loose } from "@/lib/i18n/loose";
import { seriesName } from "@/lib/charts/figure-text";
import "../../globals.css";

// Outside the locale segment (other sites frame it), so it renders its own <html>.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pickLocale(lang: string | string[] | undefined): Locale {
  const value = Array.isArray(lang) ? lang[0] : lang;
  return routing.locales.find((l) => l === value) ?? routing.defaultLocale;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = pickLocale((await searchParams).lang);
  const t = await getTranslations({ locale, namespace: "embed" });
  return { title: t("title"), robots: { index: false } };
}

/** The chart of one series alone, for other sites' iframes: ?lang=ru|en&series=INTRA_REGIONAL. */
export default async function EmbedTradePage({ searchParams }: Props) {
  const query = await searchParams;
  const locale = pickLocale(query.lang);
  setRequestLocale(locale);
  const [t, figures, targets] = await Promise.all([getTranslations("embed"), cachedTrade.listTradeFigures(), cachedTrade.listTargets().then((list) => list.items)]);
  const series = groupIntoSeries(figures.items).filter((s) => s.figures.some((f) => f.valueUsd !== null));
  const view = parseTradeView(query, series.map((s) => s.key));
  const selected = series.find((s) => s.key === view.series);
  const tScope = loose(await getTranslations("scope"));

  return (
    <html lang={locale} className={`${GeistSans.variable} bg-surface`}>
      <body className="bg-surface p-3">
        <main className="space-y-3">
          {selected ? (
            <>
              <h1 className="text-lg font-semibold">{seriesName(selected.figures[0]!, locale, tScope)}</h1>
              <TradeSeriesChart series={selected} targets={targets.filter((target) => seriesKey(target) === selected.key)} locale={locale} />
              <details>
                <summary className="cursor-pointer text-sm">{t("table")}</summary>
                <TradeTable figures={selected.figures} locale={locale} caption={t("table")} withQuotes={false} />
              </details>
            </>
          ) : (
            <h1>{t("empty")}</h1>
          )}
          <p className="text-xs text-muted">
            {t("source")}{" "}
            <a href={`/${locale}/trade?series=${encodeURIComponent(view.series ?? "")}`} target="_top" className="underline">
              {t("more")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
