import { getTranslations } from "next-intl/server";
import { formatPercent, formatPeriod, formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { countryColor } from "@/lib/countries";
import { figureValueText, seriesName } from "@/lib/charts/figure-text";
import type { TargetProgress } from "@/lib/metrics/target-progress";
import type { TargetDto } from "@/lib/queries/targets";
import type { TradeFigureDto } from "@/lib/queries/trade";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { InferredMarker } from "@/components/inferred-marker";
import { SourceCitation } from "@/components/source-citation";
import { ProgressStatusBadge } from "@/components/progress-status-badge";

/**
 * A target at a glance: the latest full-year figure, share reached, gap, the growth a
 * year still needed to the horizon, and the status, each with its source.
 */
export async function TargetCard({ target, progress, locale }: { target: TargetDto; progress: TargetProgress<TradeFigureDto>; locale: Locale }) {
  const t = await getTranslations("home");
  const tTargets = await getTranslations("targets");
  const tFigure = await getTranslations("figure");
  const tScope = await getTranslations("scope");
  const { latest, outlook, horizon } = progress;
  const value = formatUsd(target.valueUsd, locale);
  const bound = outlook?.bounded ?? false;
  return (
    <Card data-testid="target-card" aria-label={`${t("target")} ${value}: ${seriesName(target, locale, tScope)}`}>
      <p className="text-sm text-muted">{seriesName(target, locale, tScope)}</p>
      <p className="tabular text-2xl font-semibold">
        {t("target")} {value}
      </p>
      {outlook && (
        <div className="mt-1">
          <ProgressStatusBadge status={outlook.status} />
        </div>
      )}
      <dl className="mt-3 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[auto_1fr] sm:gap-y-1 [&>dt]:mt-2 sm:[&>dt]:mt-0">
        {latest && outlook ? (
          <>
            <dt className="text-muted">{tTargets("latest")}</dt>
            <dd className="tabular" data-testid="target-latest">
              {figureValueText(latest, locale, tFigure)} ({formatPeriod(latest.periodStart, latest.periodEnd, locale)}
              <span className="whitespace-nowrap">{latest.periodInferred && <InferredMarker kind="period" />})</span>
            </dd>
            <dt className="text-muted">{t("shareReached")}</dt>
            <dd className="tabular font-medium" data-testid="share-reached">
              {bound ? tFigure("atLeast", { value: formatPercent(outlook.share, locale) }) : formatPercent(outlook.share, locale)}
            </dd>
            <dt className="text-muted">{t("gap")}</dt>
            <dd className="tabular" data-testid="gap">
              {bound ? tFigure("atMost", { value: formatUsd(outlook.gap, locale) }) : formatUsd(outlook.gap, locale)}
            </dd>
            {outlook.requiredGrowth !== null && horizon && (
              <>
                <dt className="text-muted">{t("requiredGrowth")}</dt>
                <dd className="tabular" data-testid="required-growth">
                  {t(bound ? "requiredGrowthBound" : "requiredGrowthValue", {
                    growth: formatPercent(outlook.requiredGrowth, locale),
                    year: String(horizon.year),
                  })}
                  {horizon.source !== "deadline" && <span className="block text-xs text-muted">{t("horizonAssumed", { year: String(horizon.year) })}</span>}
                </dd>
              </>
            )}
          </>
        ) : (
          <dd className="text-muted sm:col-span-2">{tTargets("noLatest")}</dd>
        )}
        <dt className="text-muted">{t("horizon")}</dt>
        <dd>{t("quoted", { text: localized(locale, target.horizonRu, target.horizonEn) })}</dd>
        {target.setAtEvent && (
          <>
            <dt className="text-muted">{t("setAt")}</dt>
            <dd>
              <Link href={`/summits/${target.setAtEvent.slug}`}>{localized(locale, target.setAtEvent.titleRu, target.setAtEvent.titleEn)}</Link>
            </dd>
          </>
        )}
      </dl>
      {outlook && (
        <div className="mt-4">
          <ProgressBar
            ratio={outlook.share}
            color={countryColor(target.countryB?.code)}
            label={t("shareOf", { share: formatPercent(outlook.share, locale), target: value })}
          />
        </div>
      )}
      <p className="mt-4">
        <Link href={`/targets/${target.id}`} className="font-medium">
          {t("seeTarget")} →
        </Link>
      </p>
      <div className="mt-3">
        <SourceCitation citations={[...target.citations, ...(latest?.citations ?? [])]} />
      </div>
    </Card>
  );
}
