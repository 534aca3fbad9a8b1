import { getTranslations } from "next-intl/server";
import { formatPeriod } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { figureGrowthText, figureValueText } from "@/lib/charts/figure-text";
import { isFullCalendarYear } from "@/lib/metrics/series";
import type { TradeFigureDto } from "@/lib/queries/trade";
import { Badge } from "@/components/ui/badge";
import { SourceCitation } from "@/components/source-citation";

/** The figures of a series as a table: the chart's data, with remarks and sources. */
export async function TradeTable({
  figures,
  locale,
  caption,
  withQuotes = true,
}: {
  figures: TradeFigureDto[];
  locale: Locale;
  caption: string;
  withQuotes?: boolean;
}) {
  const t = await getTranslations("trade");
  const tFigure = await getTranslations("figure");
  const tPeriod = await getTranslations("period");
  const tChart = await getTranslations("chart");
  return (
    <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={`${caption} — ${tChart("scrollTable")}`}>
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="trade-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-canvas text-muted">
          <tr>
            <th scope="col" className="p-2 font-medium">
              {t("period")}
            </th>
            <th scope="col" className="p-2 font-medium">
              {t("value")}
            </th>
            <th scope="col" className="p-2 font-medium">
              {t("growth")}
            </th>
            <th scope="col" className="p-2 font-medium">
              {t("remarks")}
            </th>
            <th scope="col" className="p-2 font-medium">
              {t("source")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line bg-surface align-top">
          {figures.map((f) => {
            const partial = !isFullCalendarYear(f.periodStart, f.periodEnd);
            const note = localized(locale, f.noteRu, f.noteEn);
            return (
              <tr key={f.id} data-testid="trade-row">
                <th scope="row" className="p-2 font-normal whitespace-nowrap">
                  {formatPeriod(f.periodStart, f.periodEnd, locale)}
                </th>
                <td className="tabular p-2 whitespace-nowrap">{figureValueText(f, locale, tFigure)}</td>
                <td className="tabular p-2">{figureGrowthText(f, locale, tFigure) ?? "—"}</td>
                <td className="space-y-1 p-2">
                  <span className="flex flex-wrap gap-1">
                    {f.periodInferred && (
                      <Badge tone="warning" title={tPeriod("periodInferredHint")}>
                        {tPeriod("periodInferred")}
                      </Badge>
                    )}
                    {f.isLowerBound && (
                      <Badge tone="warning" title={tFigure("lowerBoundHint")}>
                        {tFigure("lowerBoundBadge")}
                      </Badge>
                    )}
                    {partial && f.valueUsd && (
                      <Badge tone="warning" title={tFigure("partialHint")}>
                        {tFigure("partial")}
                      </Badge>
                    )}
                    {!f.valueUsd && <Badge title={tFigure("growthOnlyHint")}>{tFigure("growthOnly")}</Badge>}
                  </span>
                  {note && <span className="block text-xs text-muted">{note}</span>}
                </td>
                <td className="p-2">
                  {withQuotes ? (
                    <SourceCitation citations={f.citations} />
                  ) : (
                    <span className="text-xs text-muted">
                      {f.citations.map((c, i) => (
                        <span key={c.id}>
                          {i > 0 && "; "}
                          <a href={`/${locale}/sources/${c.source.id}`}>{localized(locale, c.source.titleRu, c.source.titleEn)}</a>
                        </span>
                      ))}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
