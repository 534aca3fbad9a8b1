import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { figureLine } from "@/lib/charts/figure-text";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import type { Locale } from "@/lib/i18n/routing";
import { formatDateWithPrecision } from "@/lib/format";
import { cachedSources, type CitedRecord } from "@/lib/queries/sources";
import { Badge } from "@/components/ui/badge";
import { InferredMarker } from "@/components/inferred-marker";
import { CitationQuote } from "@/components/citation-quote";
import { TargetName } from "@/components/target-name";
import { LastUpdated } from "@/components/last-updated";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first request, then served from the route cache (lib/cache.ts).
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const source = await cachedSources.getSource((await params).id);
  if (!source) return {};
  const t = await getTranslations({ locale, namespace: "sourcesPage" });
  return pageMetadata({
    locale,
    path: `/sources/${source.id}`,
    title: localized(locale, source.titleRu, source.titleEn),
    description: t("shareDescription", {
      about: [
        t(`kind${source.kind}`),
        source.publisher,
        source.publishedOn ? formatDateWithPrecision(source.publishedOn, source.publishedPrecision, locale) : t("dateNotStated"),
      ]
        .filter(Boolean)
        .join(", "),
      count: source._count.citations,
    }),
    type: "article",
  });
}

// The one record a citation supports, named and linked where the portal has a page for it.
async function CitedRecordLink({ citation, locale }: { citation: CitedRecord; locale: Locale }) {
  const [t, tStatus, tFigure] = await Promise.all([getTranslations("sourcesPage.record"), getTranslations("initiativeStatus"), getTranslations("tradeFigure")]);
  const name = (r: { nameRu: string; nameEn: string } | null) => (r ? localized(locale, r.nameRu, r.nameEn) : "");
  const { country, event, document, initiative, statusChange, venture, tradeFigure, target, targetRestatement, statistic } = citation;
  const [kind, body] = country
    ? [t("country"), name(country)]
    : event
      ? [
          t("event"),
          <Link key="l" href={`/summits/${event.slug}`}>
            {localized(locale, event.titleRu, event.titleEn)}
          </Link>,
        ]
      : document
        ? [
            t("document"),
            <Link key="l" href={`/documents?event=${document.event.slug}#${document.id}`}>
              {localized(locale, document.titleRu, document.titleEn)}
            </Link>,
          ]
        : initiative
          ? [
              t("initiative"),
              <Link key="l" href={`/initiatives/${initiative.id}`}>
                {localized(locale, initiative.titleRu, initiative.titleEn)}
              </Link>,
            ]
          : statusChange
            ? [
                t("statusChange"),
                <Link key="l" href={`/initiatives/${statusChange.initiative.id}`}>
                  {localized(locale, statusChange.initiative.titleRu, statusChange.initiative.titleEn)}: {tStatus(statusChange.status)},{" "}
                  {formatDateWithPrecision(statusChange.changedOn, statusChange.changedPrecision, locale)}
                </Link>,
              ]
            : venture
              ? [
                  t("venture"),
                  <Link key="l" href={`/ventures/${venture.id}`}>
                    {localized(locale, venture.nameRu, venture.nameEn)}
                  </Link>,
                ]
              : tradeFigure
                ? [
                    t("tradeFigure"),
                    figureLine(
                      tradeFigure,
                      { [tradeFigure.countryACode ?? ""]: name(tradeFigure.countryA), [tradeFigure.countryBCode ?? ""]: name(tradeFigure.countryB) },
                      locale,
                      tFigure,
                    ),
                  ]
                : target
                  ? [
                      t("target"),
                      <Link key="l" href={`/targets/${target.id}`}>
                        <TargetName target={target} locale={locale} />
                      </Link>,
                    ]
                  : targetRestatement
                    ? [
                        t("targetRestatement"),
                        <Link key="l" href={`/targets/${targetRestatement.target.id}`}>
                          <TargetName target={targetRestatement.target} locale={locale} />
                        </Link>,
                      ]
                    : statistic
                      ? [
                          t("statistic"),
                          statistic.event ? (
                            <Link key="l" href={`/summits/${statistic.event.slug}`}>
                              {localized(locale, statistic.labelRu, statistic.labelEn)}
                            </Link>
                          ) : (
                            localized(locale, statistic.labelRu, statistic.labelEn)
                          ),
                        ]
                      : ["", ""];
  return (
    <p className="flex flex-wrap items-center gap-2">
      <Badge>{kind}</Badge>
      <span className="font-medium">{body}</span>
    </p>
  );
}

export default async function SourcePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const source = await cachedSources.getSource((await params).id);
  if (!source) notFound();
  const t = await getTranslations("sourcesPage");
  return (
    <article className="space-y-6">
      <p className="text-sm">
        <Link href="/sources">← {t("backToSources")}</Link>
      </p>
      <header className="max-w-3xl space-y-2">
        <Badge tone={source.kind === "ARTICLE" ? "accent" : "neutral"}>{t(`kind${source.kind}`)}</Badge>
        <h1 className="text-2xl font-semibold sm:text-3xl" lang={locale}>
          {localized(locale, source.titleRu, source.titleEn)}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("publishedOn")}</dt>
          <dd>
            {source.publishedOn ? (
              formatDateWithPrecision(source.publishedOn, source.publishedPrecision, locale)
            ) : (
              <span className="text-muted">{t("publishedOnNotStated", { kind: source.kind })}</span>
            )}
            {source.publishedOnInferred && <InferredMarker />}
          </dd>
          {/* Every field the articles may give is listed; a missing one says so in words. */}
          <dt className="font-medium">{t("author")}</dt>
          <dd data-testid="source-author">{source.author ?? <span className="text-muted">{t("authorNotStated", { kind: source.kind })}</span>}</dd>
          <dt className="font-medium">{t("publisher")}</dt>
          <dd data-testid="source-publisher">{source.publisher ?? <span className="text-muted">{t("publisherNotStated", { kind: source.kind })}</span>}</dd>
          <dt className="font-medium">{t("language")}</dt>
          <dd>{source.language}</dd>
          <dt className="font-medium">{t("file")}</dt>
          <dd data-testid="source-file">
            {source.fileName ? <span className="break-all font-mono text-xs">{source.fileName}</span> : <span className="text-muted">{t("fileNone")}</span>}
          </dd>
        </dl>
        <LastUpdated at={source.updatedAt} />
      </header>
      <section aria-labelledby="facts" className="space-y-3">
        <h2 id="facts" className="text-lg font-semibold">
          {t("facts")} ({source._count.citations})
        </h2>
        {source._count.citations > source.citations.length && (
          <p className="text-sm text-muted" data-testid="facts-limited">
            {t("factsLimited", { shown: source.citations.length, count: source._count.citations })}
          </p>
        )}
        {source.citations.length === 0 ? (
          <p className="text-muted">{t("noFacts")}</p>
        ) : (
          <ol className="record-list">
            {source.citations.map((citation) => (
              <li key={citation.id} data-testid="cited-fact" className="space-y-1 p-4">
                <CitedRecordLink citation={citation} locale={locale} />
                {citation.quote && (
                  <CitationQuote quote={citation.quote} quoteEn={citation.quoteEn} language={source.language} locale={locale} className="text-sm text-muted" />
                )}
                {citation.noteRu && <p className="text-sm text-muted">{localized(locale, citation.noteRu, citation.noteEn)}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
