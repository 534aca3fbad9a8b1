import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { formatDate, formatDateWithPrecision, formatPercent, formatPeriod, formatUsd } from "@/lib/format";
import { figureGrowthText, figureValueText, seriesName } from "@/lib/charts/figure-text";
import { annualiseGrowth, getRequiredAnnualIncrease } from "@/lib/metrics/growth";
import { checkBaseline } from "@/lib/metrics/baseline";
import { getTargetProgress } from "@/lib/metrics/target-progress";
import { cachedTargets, targetSeries } from "@/lib/queries/targets";
import { cachedTrade, type TradeSeries } from "@/lib/queries/trade";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { InferredMarker } from "@/components/inferred-marker";
import { LastUpdated } from "@/components/last-updated";
import { SourceCitation } from "@/components/source-citation";
import { ProgressStatusBadge } from "@/components/progress-status-badge";
import { ThinSeriesNote } from "@/components/thin-series-note";
import { TradeSeriesChart } from "@/components/trade-series-chart";
import { TradeTable } from "@/components/trade-table";
import { countryColor } from "@/lib/countries";
import { CiteThis } from "@/components/cite-this";
import { pageMetadata } from "@/lib/page-metadata";
import { viewSearchParams } from "@/lib/query-route";
import { ComputedTotalTable } from "@/components/computed-total-table";
import { TRADE_COUNTRIES } from "@/lib/trade-stats/countries";

// The public URL is /targets/[id]?by=<year>; with a query, served through ./view/[query] (lib/query-route.ts).
type Props = { params: Promise<{ locale: string; id: string; query?: string }> };

export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

async function load(id: string) {
  const target = await cachedTargets.getTarget(id);
  if (!target) notFound();
  const figures = await cachedTrade.listTradeFigures({ series: targetSeries(target) });
  return { target, figures: figures.items };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const resolved = await resolveLocale(Promise.resolve({ locale }));
  const target = await cachedTargets.getTarget(id);
  if (!target) return {};
  const figures = await cachedTrade.listTradeFigures({ series: targetSeries(target) });
  const t = await getTranslations({ locale: resolved, namespace: "targets" });
  const tScope = await getTranslations({ locale: resolved, namespace: "scope" });
  const tFigure = await getTranslations({ locale: resolved, namespace: "figure" });
  const tStatus = await getTranslations({ locale: resolved, namespace: "status" });
  const value = formatUsd(target.valueUsd, resolved);
  const series = seriesName(target, resolved, tScope);
  const { latest, outlook } = getTargetProgress(target, figures.items);
  const facts = { value, series, date: formatDateWithPrecision(target.setOn, target.setPrecision, resolved) };
  return pageMetadata({
    locale: resolved,
    path: `/targets/${target.id}`,
    title: t("detailTitle", { value, series }),
    description:
      latest && outlook
        ? t("shareDescription", {
            ...facts,
            period: formatPeriod(latest.periodStart, latest.periodEnd, resolved),
            latest: figureValueText(latest, resolved, tFigure),
            share: outlook.bounded ? tFigure("atLeast", { value: formatPercent(outlook.share, resolved) }) : formatPercent(outlook.share, resolved),
            status: tStatus(outlook.status),
          })
        : t("shareDescriptionNoFigure", facts),
    image: { path: `/${resolved}/targets/${target.id}/preview.png`, alt: t("chartTitle", { series, target: value }) },
    type: "article",
  });
}

export default async function TargetPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { target, figures } = await load(id);
  const t = await getTranslations("targets");
  const tHome = await getTranslations("home");
  const tFigure = await getTranslations("figure");
  const tScope = await getTranslations("scope");
  const tStatus = await getTranslations("status");
  const tTrade = await getTranslations("trade");
  const progress = getTargetProgress(target, figures, (await viewSearchParams(params)).by);
  const { shape, latest, achieved, horizon, outlook } = progress;
  const value = formatUsd(target.valueUsd, locale);
  const name = seriesName(target, locale, tScope);
  const scope = targetSeries(target);
  const series: TradeSeries = { key: "target", ...scope, figures };
  // Statements beside statistics: the stated figures against the total computed from the
  // official statistics of the six, or of the pair.
  const statistics =
    scope.scope === "INTRA_REGIONAL"
      ? { countries: TRADE_COUNTRIES.map((c) => c.code as string), reported: await cachedTrade.listMatrixFigures() }
      : scope.scope === "BILATERAL" && scope.countryACode && scope.countryBCode
        ? { countries: [scope.countryACode, scope.countryBCode], reported: await cachedTrade.listMirrorFigures(scope.countryACode, scope.countryBCode) }
        : null;
  const person = localized(locale, target.setByRu, target.setByEn);
  const note = localized(locale, target.noteRu, target.noteEn);
  const bound = outlook?.bounded ?? false;
  const maybeBound = (key: "atMost" | "atLeast", text: string) => (bound ? tFigure(key, { value: text }) : text);

  // The baseline stated when the target was set, against the series' figures of that year.
  const baselineYear = target.baselineFigure?.periodEnd.getUTCFullYear();
  const baselineCheck =
    target.baselineValueUsd && baselineYear
      ? checkBaseline(
          { valueUsd: target.baselineValueUsd, isLowerBound: target.baselineIsLowerBound, year: baselineYear },
          shape.fullYears.filter((f) => f.periodEnd.getUTCFullYear() === baselineYear),
        )
      : null;
  const reportedGrowth = shape.fullYears.filter((f) => f.growthPercent && f.growthOverYears && f.growthOverYears > 0);

  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <p className="text-sm text-muted">
          <Link href="/targets">{t("title")}</Link>
        </p>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("detailTitle", { value, series: name })}</h1>
        {outlook && (
          <div className="mt-2">
            <ProgressStatusBadge status={outlook.status} />
          </div>
        )}
        <div className="mt-2">
          <LastUpdated at={target.updatedAt} />
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("history")}
          </h2>
          <dl className="mt-3 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[auto_1fr] sm:gap-y-2 [&>dt]:mt-2 sm:[&>dt]:mt-0">
            <dt className="text-muted">{t("horizon")}</dt>
            <dd>{tHome("quoted", { text: localized(locale, target.horizonRu, target.horizonEn) })}</dd>
            <dt className="text-muted">{t("deadline")}</dt>
            <dd data-testid="deadline">{target.deadlineYear ? t("deadlineDerived", { year: String(target.deadlineYear) }) : t("deadlineNone")}</dd>
            <dt className="text-muted">{t("setOn")}</dt>
            <dd>{formatDateWithPrecision(target.setOn, target.setPrecision, locale)}</dd>
            {target.setAtEvent && (
              <>
                <dt className="text-muted">{t("setAt")}</dt>
                <dd>
                  <Link href={`/summits/${target.setAtEvent.slug}`}>{localized(locale, target.setAtEvent.titleRu, target.setAtEvent.titleEn)}</Link>
                </dd>
              </>
            )}
            <dt className="text-muted">{t("setBy")}</dt>
            <dd>{person ?? <span className="text-faint">{t("setByUnknown")}</span>}</dd>
            {target.baselineValueUsd && (
              <>
                <dt className="text-muted">{t("baseline")}</dt>
                <dd className="tabular" data-testid="baseline">
                  {figureValueText({ valueUsd: target.baselineValueUsd, isLowerBound: target.baselineIsLowerBound }, locale, tFigure)}
                  {baselineCheck && (
                    <span className="block text-xs text-muted" data-testid="baseline-check">
                      {baselineCheck.kind === "agrees" && t("baselineAgrees", { year: String(baselineCheck.year) })}
                      {baselineCheck.kind === "noFigure" && t("baselineNoFigure")}
                      {baselineCheck.kind === "differs" &&
                        t("baselineDiffers", {
                          year: String(baselineCheck.year),
                          values: baselineCheck.figures.map((f) => formatUsd(f.valueUsd, locale)).join(", "),
                        })}
                    </span>
                  )}
                </dd>
              </>
            )}
            {note && (
              <>
                <dt className="text-muted">{t("note")}</dt>
                <dd>{note}</dd>
              </>
            )}
          </dl>
          <div className="mt-4">
            <SourceCitation citations={target.citations} />
          </div>
          {target.restatements.length > 0 && (
            <div className="mt-4">
              <h3 className="font-medium">{t("restatements")}</h3>
              <ul className="mt-2 space-y-3" data-testid="restatements">
                {target.restatements.map((r) => {
                  const by = localized(locale, r.statedByRu, r.statedByEn) ?? (r.event && localized(locale, r.event.titleRu, r.event.titleEn)) ?? "";
                  return (
                    <li key={r.id} className="text-sm">
                      <p>{t("restatedAt", { date: formatDate(r.statedOn, locale), by })}</p>
                      <SourceCitation citations={r.citations} />
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </Card>

        <Card aria-labelledby="takes-heading">
          <h2 id="takes-heading" className="text-lg font-semibold">
            {t("takesTitle")}
          </h2>
          {!latest || !outlook || !horizon ? (
            <p className="mt-2 text-muted">{t("noLatest")}</p>
          ) : (
            <div className="mt-3 space-y-4 text-sm">
              <div>
                <p>
                  {t("latest")}:{" "}
                  <span className="tabular font-medium" data-testid="latest">
                    {figureValueText(latest, locale, tFigure)}
                  </span>{" "}
                  ({formatPeriod(latest.periodStart, latest.periodEnd, locale)}
                  <span className="whitespace-nowrap">{latest.periodInferred && <InferredMarker kind="period" />})</span> · {t("shareReached")}{" "}
                  <span className="tabular font-medium" data-testid="share-reached">
                    {maybeBound("atLeast", formatPercent(outlook.share, locale))}
                  </span>{" "}
                  · {t("gap")} <span className="tabular">{maybeBound("atMost", formatUsd(outlook.gap, locale))}</span>
                </p>
                <div className="mt-2">
                  <ProgressBar
                    ratio={outlook.share}
                    color={countryColor(target.countryB?.code)}
                    label={t("shareOf", { share: formatPercent(outlook.share, locale), target: value })}
                  />
                </div>
              </div>

              <div data-testid="horizon">
                {horizon.source === "deadline" ? (
                  <p>{t("horizonDeadline", { year: String(horizon.year) })}</p>
                ) : (
                  <form method="get" className="space-y-2">
                    <p>{t(horizon.source === "visitor" ? "horizonVisitor" : "horizonDefault", { year: String(horizon.year) })}</p>
                    <p className="flex flex-wrap items-center gap-2">
                      <label htmlFor="horizon-year">{t("horizonLabel")}</label>
                      <select id="horizon-year" name="by" defaultValue={String(horizon.year)} className="rounded border border-line bg-surface px-2 py-1">
                        {horizon.choices.map((year) => (
                          <option key={year} value={year}>
                            {year}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="rounded-md bg-accent px-3 py-1 font-medium text-white hover:bg-accent-strong">
                        {t("horizonApply")}
                      </button>
                    </p>
                  </form>
                )}
              </div>

              {outlook.reached ? (
                <p className="font-medium">{t("reached")}</p>
              ) : outlook.requiredGrowth === null || !outlook.requiredIncrease ? (
                <p>{t("deadlinePassed", { year: String(horizon.year), latest: String(latest.periodEnd.getUTCFullYear()) })}</p>
              ) : (
                <div>
                  <p>
                    {t("fromLatest", {
                      value: figureValueText(latest, locale, tFigure),
                      year: String(latest.periodEnd.getUTCFullYear()),
                      target: value,
                      horizon: String(horizon.year),
                      years: outlook.years,
                    })}
                  </p>
                  <dl className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[auto_1fr] sm:gap-y-1">
                    <dt className="text-muted">{t("requiredGrowth")}</dt>
                    <dd className="tabular font-medium" data-testid="required-growth">
                      {maybeBound("atMost", t("requiredGrowthValue", { growth: formatPercent(outlook.requiredGrowth, locale) }))}
                    </dd>
                    <dt className="text-muted">{t("requiredIncrease")}</dt>
                    <dd className="tabular">{maybeBound("atMost", t("requiredIncreaseValue", { value: formatUsd(outlook.requiredIncrease, locale) }))}</dd>
                  </dl>
                  {bound && <p className="mt-1 text-xs text-muted">{t("boundNote")}</p>}
                  <table className="mt-3 w-full max-w-sm text-left" data-testid="milestones">
                    <caption className="text-left font-medium">{t("milestones")}</caption>
                    <thead className="text-muted">
                      <tr>
                        <th scope="col" className="py-1 font-medium">
                          {t("milestoneYear")}
                        </th>
                        <th scope="col" className="py-1 font-medium">
                          {t("milestoneValue")}
                        </th>
                      </tr>
                    </thead>
                    <tbody className="tabular">
                      {outlook.milestones.slice(1).map((m) => (
                        <tr key={m.year} className="border-t border-line">
                          <td className="py-1">{m.year}</td>
                          <td className="py-1">{formatUsd(m.value, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}

              <div className="space-y-1" data-testid="achieved">
                <h3 className="font-medium">{t("observedTitle")}</h3>
                {achieved ? (
                  <>
                    <p>
                      {t("observedPace", {
                        from: String(achieved.fromYear),
                        to: String(achieved.toYear),
                        growth: formatPercent(achieved.rate, locale),
                        increase: formatUsd(
                          getRequiredAnnualIncrease(shape.fullYears[0]!.valueUsd!, latest.valueUsd!, achieved.toYear - achieved.fromYear),
                          locale,
                        ),
                      })}
                      {(achieved.fromInferred || achieved.toInferred) && (
                        <>
                          {" "}
                          {t("observedPaceInferred", {
                            years: [achieved.fromInferred && achieved.fromYear, achieved.toInferred && achieved.toYear].filter(Boolean).join(", "),
                          })}
                        </>
                      )}
                    </p>
                    {!outlook.reached && (
                      <p data-testid="year-at-pace">
                        {outlook.yearAtAchievedPace !== null && outlook.yearsAtAchievedPace !== null
                          ? t("observedYears", { years: outlook.yearsAtAchievedPace.toFixed(0), year: String(outlook.yearAtAchievedPace) })
                          : t("observedNever")}
                      </p>
                    )}
                  </>
                ) : (
                  <p>{t("observedNone")}</p>
                )}
                {reportedGrowth.map((f) => {
                  const annual = annualiseGrowth(f.growthPercent!.div(100).toNumber(), f.growthOverYears!);
                  return (
                    <p key={f.id}>
                      {t(f.growthIsLowerBound ? "reportedGrowthBound" : "reportedGrowth", {
                        period: formatPeriod(f.periodStart, f.periodEnd, locale),
                        growth: figureGrowthText(f, locale, tFigure) ?? "",
                        annual: formatPercent(annual, locale),
                      })}
                    </p>
                  );
                })}
                {shape.partial.map((f) => (
                  <p key={f.id}>
                    {t("partialGrowth", {
                      period: formatPeriod(f.periodStart, f.periodEnd, locale),
                      value: figureValueText(f, locale, tFigure),
                      growth: figureGrowthText(f, locale, tFigure) ?? "—",
                    })}
                  </p>
                ))}
              </div>
              <p className="text-xs text-muted">{tStatus("rule")}</p>
            </div>
          )}
        </Card>
      </div>

      <Card aria-labelledby="series-heading" className="space-y-4">
        <h2 id="series-heading" className="text-lg font-semibold">
          {name}
        </h2>
        {shape.isThin && <ThinSeriesNote count={shape.fullYears.length} inferred={shape.inferredYears} intra={target.scope === "INTRA_REGIONAL"} />}
        {figures.length > 0 && (
          <TradeSeriesChart
            series={series}
            targets={[target]}
            locale={locale}
            path={outlook && outlook.milestones.length ? outlook.milestones : undefined}
            title={t("chartTitle", { series: name, target: value })}
            summaryExtra={
              outlook?.requiredGrowth && horizon && latest
                ? t("summaryPath", {
                    growth: formatPercent(outlook.requiredGrowth, locale),
                    from: String(latest.periodEnd.getUTCFullYear()),
                    to: String(horizon.year),
                  })
                : undefined
            }
          />
        )}
        <TradeTable figures={figures} locale={locale} caption={tTrade("chartTitle", { series: name })} />
        {statistics && <ComputedTotalTable series={name} stated={figures} locale={locale} {...statistics} />}
      </Card>
      <CiteThis
        locale={locale}
        title={t("detailTitle", { value, series: name })}
        path={`/targets/${target.id}${horizon?.source === "visitor" ? `?by=${horizon.year}` : ""}`}
        updated={target.updatedAt}
      />
    </div>
  );
}
