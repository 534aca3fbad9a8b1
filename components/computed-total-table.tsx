import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Decimal } from "@/lib/decimal";
import { formatPercent, formatUsd } from "@/lib/format";
import { isFullCalendarYear } from "@/lib/metrics/series";
import { computedTotals } from "@/lib/metrics/computed-total";
import type { ReportedFigure } from "@/lib/metrics/mirror";
import type { TradeFigureDto } from "@/lib/queries/trade";

/**
 * Statements beside statistics: each year's intra-regional turnover as stated (the series'
 * full-year figures) and as computed from the imported official statistics of the pairs,
 * with how many pairs the computation covers and, for complete years, the difference.
 */
export async function ComputedTotalTable({
  stated,
  reported,
  countries,
  locale,
}: {
  stated: TradeFigureDto[];
  reported: ReportedFigure[];
  countries: string[];
  locale: Locale;
}) {
  const t = await getTranslations("computedTotal");
  const years = computedTotals(reported, countries);
  const statedByYear = new Map(
    stated.filter((f) => f.valueUsd !== null && isFullCalendarYear(f.periodStart, f.periodEnd)).map((f) => [f.periodStart.getUTCFullYear(), f] as const),
  );
  return (
    <section aria-labelledby="computed-heading" className="space-y-2" data-testid="computed-total">
      <h3 id="computed-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      {years.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <>
          <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
          <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label={t("caption")}>
            <table className="data-table min-w-[40rem]">
              <caption>{t("caption")}</caption>
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
                  const difference = statedUsd !== null && year.complete && year.totalUsd > 0 ? statedUsd / year.totalUsd - 1 : null;
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
                      <td className="num">{difference === null ? "—" : `${difference > 0 ? "+" : ""}${formatPercent(difference, locale)}`}</td>
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
