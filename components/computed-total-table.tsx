import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Decimal } from "@/lib/decimal";
import { formatPercent, formatPercentChange, formatUsd } from "@/lib/format";
import { isFullCalendarYear } from "@/lib/metrics/series";
import { computedTotals, type ComputedYear } from "@/lib/metrics/computed-total";
import type { ReportedFigure } from "@/lib/metrics/mirror";
import type { TradeFigureDto } from "@/lib/queries/trade";

/**
 * Statements beside statistics: each year's intra-regional turnover as stated (the series'
 * full-year figures) and as computed from the imported official statistics of the pairs,
 * with how many pairs the computation covers and, for complete years, the difference.
 */
export async function ComputedTotalTable({
  series,
  stated,
  reported,
  countries,
  locale,
}: {
  /** The stated series' name: "Intra-regional trade of Central Asia", "Kazakhstan–Uzbekistan trade". */
  series: string;
  stated: TradeFigureDto[];
  reported: ReportedFigure[];
  /** The six for the intra-regional series, the two of a pair for a bilateral one. */
  countries: string[];
  locale: Locale;
}) {
  const t = await getTranslations("computedTotal");
  const years = computedTotals(reported, countries);
  const pairs = (countries.length * (countries.length - 1)) / 2;
  const statedByYear = new Map(
    stated.filter((f) => f.valueUsd !== null && isFullCalendarYear(f.periodStart, f.periodEnd)).map((f) => [f.periodStart.getUTCFullYear(), f] as const),
  );
  /** The stated figure against the computed total, for a complete year with an exact stated figure. */
  const differenceIn = (year: ComputedYear) => {
    const statement = statedByYear.get(year.year);
    if (!statement?.valueUsd || statement.isLowerBound || !year.complete || year.totalUsd <= 0) return null;
    return Number(statement.valueUsd) / year.totalUsd - 1;
  };
  const latest = years.find((year) => differenceIn(year) !== null); // years come newest first
  const latestDifference = latest ? differenceIn(latest)! : null;
  return (
    <section aria-labelledby="computed-heading" className="space-y-2" data-testid="computed-total">
      <h3 id="computed-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      {years.length === 0 ? (
        <p className="text-sm text-muted">{t("empty", { pairs })}</p>
      ) : (
        <>
          <p className="max-w-3xl text-sm text-muted">{t("intro", { series, pairs })}</p>
          {latest && latestDifference !== null && (
            <p className="max-w-3xl text-sm font-medium" data-testid="computed-latest">
              {Math.abs(latestDifference) < 0.0005
                ? t("latestSame", { year: latest.year })
                : t("latest", {
                    year: latest.year,
                    percent: formatPercent(Math.abs(latestDifference), locale),
                    direction: latestDifference > 0 ? "above" : "below",
                  })}
            </p>
          )}
          <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label={t("caption", { series })}>
            <table className="data-table min-w-[40rem]">
              <caption>{t("caption", { series })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col" className="num">
                    {t("stated")}
                  </th>
                  <th scope="col" className="num">
                    {t("computed")}
                  </th>
                  <th scope="col" className="num">
                    {t("pairs")}
                  </th>
                  <th scope="col" className="num">
                    {t("difference")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => {
                  const statement = statedByYear.get(year.year);
                  const statedUsd = statement?.valueUsd ? Number(statement.valueUsd) : null;
                  const difference = differenceIn(year);
                  return (
                    <tr key={year.year} data-testid="computed-row">
                      <th scope="row">{year.year}</th>
                      <td className="num">{statedUsd === null ? "—" : `${statement?.isLowerBound ? "> " : ""}${formatUsd(new Decimal(statedUsd), locale)}`}</td>
                      <td className="num">
                        {year.complete
                          ? formatUsd(new Decimal(year.totalUsd), locale)
                          : t("incomplete", { amount: formatUsd(new Decimal(year.totalUsd), locale) })}
                      </td>
                      <td className="num">{t("pairsOf", { covered: year.pairsCovered, pairs: year.pairs })}</td>
                      <td className="num">{difference === null ? "—" : formatPercentChange(difference, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="max-w-3xl text-xs text-muted">{t("method")}</p>
        </>
      )}
    </section>
  );
}
