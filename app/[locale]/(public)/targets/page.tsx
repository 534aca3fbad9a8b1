import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { cachedTargets } from "@/lib/queries/targets";
import { cachedTrade, groupIntoSeries, seriesKey } from "@/lib/queries/trade";
import { getTargetProgress } from "@/lib/metrics/target-progress";
import { TargetCard } from "@/components/target-card";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "targets" });
  return pageMetadata({ locale, path: "/targets", title: t("title"), description: t("intro") });
}

export default async function TargetsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const [t, tStatus, figures, targets] = await Promise.all([
    getTranslations("targets"),
    getTranslations("status"),
    cachedTrade.listTradeFigures(),
    cachedTargets.listTargets().then((list) => list.items),
  ]);
  const series = groupIntoSeries(figures.items);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {targets.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          {targets.map((target) => (
            <TargetCard
              key={target.id}
              target={target}
              progress={getTargetProgress(target, series.find((s) => s.key === seriesKey(target))?.figures ?? [])}
              locale={locale}
            />
          ))}
        </div>
      )}
      <p className="max-w-3xl text-sm text-muted">{tStatus("rule")}</p>
    </div>
  );
}
