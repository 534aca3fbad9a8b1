import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { cachedTargets } from "@/lib/queries/targets";
import { cachedTrade, groupIntoSeries, seriesKey } from "@/lib/queries/trade";
import { cachedSummits } from "@/lib/queries/summits";
import { getTargetProgress } from "@/lib/metrics/target-progress";
import { Card } from "@/components/ui/card";
import { EventDate } from "@/components/event-date";
import { EventPlace } from "@/components/event-place";
import { TargetCard } from "@/components/target-card";
import { TradeSeriesChart } from "@/components/trade-series-chart";
import { PageHeader } from "@/components/ui/page-header";
import { followFeed, pageMetadata } from "@/lib/page-metadata";
import { FollowLink } from "@/components/follow-link";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    path: "/",
    title: t("site.name"),
    standalone: true,
    description: t("home.intro"),
    image: { path: `/${locale}/preview.png`, alt: t("home.previewAlt") },
    feed: await followFeed(locale),
  });
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, tChanges, figures, targets, summit] = await Promise.all([
    getTranslations("home"),
    getTranslations("changes"),
    cachedTrade.listTradeFigures(),
    cachedTargets.listTargets().then((list) => list.items),
    cachedSummits.getLatestConsultativeMeeting(),
  ]);
  const series = groupIntoSeries(figures.items);
  const intra = series.find((s) => s.scope === "INTRA_REGIONAL");
  const cards = targets.map((target) => ({
    target,
    progress: getTargetProgress(target, series.find((s) => s.key === seriesKey(target))?.figures ?? []),
  }));

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="-mt-4 flex flex-wrap items-center gap-3 text-sm">
        <FollowLink />
        <Link href="/changes">{tChanges("title")}</Link>
      </p>

      <section aria-labelledby="targets-heading" className="space-y-4">
        <h2 id="targets-heading" className="text-xl font-semibold">
          {t("targetsHeading")}
        </h2>
        {cards.length === 0 && <p className="text-muted">{t("noTargets")}</p>}
        <div className="grid gap-4 lg:grid-cols-3">
          {cards.map(({ target, progress }) => (
            <TargetCard key={target.id} target={target} progress={progress} locale={locale} />
          ))}
        </div>
      </section>

      <Card aria-labelledby="trend-heading">
        <h2 id="trend-heading" className="mb-3 text-xl font-semibold">
          {t("trendHeading")}
        </h2>
        {intra ? (
          <TradeSeriesChart series={intra} targets={targets.filter((target) => target.scope === "INTRA_REGIONAL")} locale={locale} />
        ) : (
          <p className="text-muted">{t("noFigure")}</p>
        )}
        <p className="mt-4">
          <Link href="/trade">{t("seeTrade")}</Link>
        </p>
      </Card>

      {summit && (
        <Card aria-labelledby="latest-summit">
          <h2 id="latest-summit" className="text-sm font-medium uppercase tracking-wide text-muted">
            {t("latestSummit")}
          </h2>
          <p className="mt-2 text-lg font-semibold">{localized(locale, summit.titleRu, summit.titleEn)}</p>
          <p className="text-muted">
            <EventDate start={summit.startDate} end={summit.endDate} precision={summit.datePrecision} inferred={summit.dateInferred} locale={locale} /> ·{" "}
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
