import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { Decimal } from "@/lib/decimal";
import { formatDate, formatPeriod, formatUsd } from "@/lib/format";
import { cachedTrade } from "@/lib/queries/trade";
import { reportedSeriesNamer } from "@/lib/queries/comparison";
import { parseReportedSeriesKey } from "@/lib/trade-stats/series-key";
import { pageMetadata } from "@/lib/page-metadata";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/ui/page-header";

// Each revised figure of a series of official statistics with every value it has had: the
// history one click away from the comparison (issue 17). Rendered on first request, then
// served from the route cache until an import changes the figures.
type Props = { params: Promise<{ locale: string; series: string }> };

export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

async function load(params: Props["params"]) {
  const { series } = await params;
  const figures = parseReportedSeriesKey(series) ? await cachedTrade.listSeriesRevisions(series) : null;
  if (!figures) notFound();
  return { series, figures };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { series } = await load(params);
  const [t, name] = await Promise.all([getTranslations({ locale, namespace: "revisions" }), reportedSeriesNamer(locale)]);
  return pageMetadata({ locale, path: `/trade/revisions/${series}`, title: t("title", { series: name(series, false) }), description: t("intro") });
}

export default async function RevisionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { series, figures } = await load(params);
  const [t, name] = await Promise.all([getTranslations("revisions"), reportedSeriesNamer(locale)]);
  const release = (value: { valueUsd: Decimal | null; releasedOn: Date | null; source: Source | undefined }) => (
    <>
      <span className="font-medium whitespace-nowrap">{value.valueUsd ? formatUsd(value.valueUsd, locale) : "—"}</span>
      <span className="text-muted"> · {value.releasedOn ? t("released", { date: formatDate(value.releasedOn, locale) }) : t("notDated")}</span>
      {value.source && (
        <>
          {" · "}
          <SourceLink source={value.source} locale={locale} />
        </>
      )}
    </>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { series: name(series, false) })} intro={t("intro")} />
      <p className="text-sm">
        <Link href={{ pathname: "/trade", query: { compare: series } }}>{t("back")}</Link>
      </p>
      {figures.length === 0 ? (
        <p className="text-muted" data-testid="revisions-none">
          {t("none")}
        </p>
      ) : (
        <div
          className="overflow-x-auto rounded-lg border border-line bg-surface"
          tabIndex={0}
          role="region"
          aria-label={t("title", { series: name(series, false) })}
        >
          <table className="data-table" data-testid="revisions">
            <thead>
              <tr>
                <th scope="col">{t("period")}</th>
                <th scope="col">{t("now")}</th>
                <th scope="col">{t("earlier")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => (
                <tr key={figure.id} data-testid="revised-figure">
                  <th scope="row">{formatPeriod(figure.periodStart, figure.periodEnd, locale)}</th>
                  <td>{release({ valueUsd: figure.valueUsd, releasedOn: figure.releasedOn, source: figure.citations[0]?.source })}</td>
                  <td>
                    <ol className="space-y-1">
                      {figure.revisions.map((revision) => (
                        <li key={revision.id}>{release({ valueUsd: revision.valueUsd, releasedOn: revision.releasedOn, source: revision.source })}</li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

type Source = { id: string; titleRu: string; titleEn: string; publisher: string | null };

function SourceLink({ source, locale }: { source: Source; locale: Locale }) {
  return <Link href={`/sources/${source.id}`}>{localized(locale, source.titleRu, source.titleEn)}</Link>;
}
