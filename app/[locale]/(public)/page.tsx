import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getLatestIntraRegionalFigure, listIntraRegionalTargets } from "@/lib/queries/trade";
import { getLatestConsultativeMeeting } from "@/lib/queries/summits";
import { getGap, getShareReached } from "@/lib/metrics/progress";
import { formatPercent, formatPeriod, formatUsd } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SourceCitation } from "@/components/source-citation";
import { InferredMarker } from "@/components/inferred-marker";
import { EventDate } from "@/components/event-date";
import { EventPlace } from "@/components/event-place";
import { REGION_COLOR } from "@/lib/countries";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, figure, targets, summit] = await Promise.all([
    getTranslations("home"),
    getLatestIntraRegionalFigure(),
    listIntraRegionalTargets(),
    getLatestConsultativeMeeting(),
  ]);
  const reported = figure?.valueUsd ?? null;
  const reportedText = reported && (figure?.isLowerBound ? t("lowerBound", { value: formatUsd(reported, locale) }) : formatUsd(reported, locale));

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </header>

      <Card aria-labelledby="latest-figure">
        <h2 id="latest-figure" className="text-sm font-medium uppercase tracking-wide text-muted">
          {t("latestFigure")}
        </h2>
        {figure && reportedText ? (
          <>
            <p className="mt-2 flex flex-wrap items-baseline gap-x-3">
              <span className="tabular text-3xl font-semibold" data-testid="latest-intra-regional">
                {reportedText}
              </span>
              <span className="text-lg text-muted">
                {formatPeriod(figure.periodStart, figure.periodEnd, locale)}
                {figure.periodInferred && <InferredMarker kind="period" />}
              </span>
            </p>
            <div className="mt-3">
              <SourceCitation citations={figure.citations} />
            </div>
          </>
        ) : (
          <p className="mt-2 text-muted">{t("noFigure")}</p>
        )}
      </Card>

      <section aria-labelledby="targets-heading" className="space-y-4">
        <h2 id="targets-heading" className="text-xl font-semibold">
          {t("targetsHeading")}
        </h2>
        {targets.length === 0 && <p className="text-muted">{t("noTargets")}</p>}
        <div className="grid gap-4 md:grid-cols-2">
          {targets.map((target) => {
            const share = reported ? getShareReached(reported, target.valueUsd) : null;
            const gap = reported ? getGap(reported, target.valueUsd) : null;
            const person = localized(locale, target.setByRu, target.setByEn);
            return (
              <Card key={target.id} data-testid="target-card" aria-label={`${t("target")} ${formatUsd(target.valueUsd, locale)}`}>
                <p className="text-sm text-muted">{t("target")}</p>
                <p className="tabular text-2xl font-semibold">{formatUsd(target.valueUsd, locale)}</p>
                <dl className="mt-3 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[auto_1fr] sm:gap-y-1 [&>dt]:mt-2 sm:[&>dt]:mt-0">
                  {share !== null && gap && (
                    <>
                      <dt className="text-muted">{t("shareReached")}</dt>
                      <dd className="tabular font-medium" data-testid="share-reached">
                        {formatPercent(share, locale)}
                      </dd>
                      <dt className="text-muted">{t("gap")}</dt>
                      <dd className="tabular">{formatUsd(gap, locale)}</dd>
                    </>
                  )}
                  <dt className="text-muted">{t("horizon")}</dt>
                  <dd>{t("quoted", { text: localized(locale, target.horizonRu, target.horizonEn) })}</dd>
                  {target.setAtEvent && (
                    <>
                      <dt className="text-muted">{t("setAt")}</dt>
                      <dd>
                        <Link href={`/summits#${target.setAtEvent.slug}`}>{localized(locale, target.setAtEvent.titleRu, target.setAtEvent.titleEn)}</Link>
                        {person && <> {t("setBy", { person })}</>}
                      </dd>
                    </>
                  )}
                  {target.baselineValueUsd && (
                    <>
                      <dt className="text-muted">{t("baseline")}</dt>
                      <dd className="tabular">
                        {target.baselineIsLowerBound
                          ? t("lowerBound", { value: formatUsd(target.baselineValueUsd, locale) })
                          : formatUsd(target.baselineValueUsd, locale)}
                      </dd>
                    </>
                  )}
                </dl>
                {share !== null && (
                  <div className="mt-4">
                    <ProgressBar
                      ratio={share}
                      color={REGION_COLOR}
                      label={t("shareOf", { share: formatPercent(share, locale), target: formatUsd(target.valueUsd, locale) })}
                    />
                  </div>
                )}
                <div className="mt-4">
                  <SourceCitation citations={target.citations} />
                </div>
              </Card>
            );
          })}
        </div>
      </section>

      {summit && (
        <Card aria-labelledby="latest-summit">
          <h2 id="latest-summit" className="text-sm font-medium uppercase tracking-wide text-muted">
            {t("latestSummit")}
          </h2>
          <p className="mt-2 text-lg font-semibold">{localized(locale, summit.titleRu, summit.titleEn)}</p>
          <p className="text-muted">
            <EventDate start={summit.startDate} end={summit.endDate} inferred={summit.dateInferred} locale={locale} /> ·{" "}
            <EventPlace event={summit} locale={locale} />
          </p>
          <p className="mt-3">
            <Link href="/summits">{t("allSummits")}</Link>
          </p>
        </Card>
      )}
    </div>
  );
}
