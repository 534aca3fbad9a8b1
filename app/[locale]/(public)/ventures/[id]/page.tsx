import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { VentureConfirmation } from "@/components/venture-confirmation";
import { formatDateWithPrecision, formatTimestamp, formatUsd } from "@/lib/format";
import { cachedVentures } from "@/lib/queries/ventures";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { SourceCitation } from "@/components/source-citation";
import { pageMetadata } from "@/lib/page-metadata";
import { InferredMarker } from "@/components/inferred-marker";

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first request, then served from the route cache (lib/cache.ts).
export { renderOnFirstRequest as generateStaticParams } from "@/lib/cache";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const venture = await cachedVentures.getVenture((await params).id);
  if (!venture) return {};
  const [t, tSector, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: "ventures" }),
    getTranslations({ locale, namespace: "sector" }),
    getTranslations({ locale, namespace: "ventureStatus" }),
  ]);
  const partners = venture.partners.map((p) =>
    [p.companyName, p.country && `(${localized(locale, p.country.nameRu, p.country.nameEn)})`].filter(Boolean).join(" "),
  );
  return pageMetadata({
    locale,
    path: `/ventures/${venture.id}`,
    title: localized(locale, venture.nameRu, venture.nameEn),
    description: t("shareDescription", {
      partners: partners.join(", ") || "—",
      sector: tSector(venture.sector),
      place:
        [localized(locale, venture.cityRu, venture.cityEn), venture.country && localized(locale, venture.country.nameRu, venture.country.nameEn)]
          .filter(Boolean)
          .join(", ") || "—",
      status: tStatus(venture.status),
      products: localized(locale, venture.productsRu, venture.productsEn) ?? "",
    }),
    type: "article",
  });
}

export default async function VenturePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const venture = await cachedVentures.getVenture((await params).id);
  if (!venture) notFound();
  const [t, tSector, tStatus] = await Promise.all([getTranslations("ventures"), getTranslations("sector"), getTranslations("ventureStatus")]);
  const products = localized(locale, venture.productsRu, venture.productsEn);
  const city = localized(locale, venture.cityRu, venture.cityEn);
  const location = [city, venture.country && localized(locale, venture.country.nameRu, venture.country.nameEn)].filter(Boolean).join(", ");

  return (
    <article className="space-y-6">
      <p className="text-sm">
        <Link href="/ventures">← {t("backToRegistry")}</Link>
      </p>
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-semibold sm:text-3xl">{localized(locale, venture.nameRu, venture.nameEn)}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={venture.status === "SUSPENDED" ? "warning" : venture.status === "ANNOUNCED" ? "neutral" : "accent"}>{tStatus(venture.status)}</Badge>
          <span>{tSector(venture.sector)}</span>
        </p>
      </header>

      <Card aria-labelledby="facts" className="space-y-4">
        <h2 id="facts" className="sr-only">
          {t("title")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]" data-testid="venture-facts">
          <dt className="font-medium">{t("partners")}</dt>
          <dd>
            {venture.partners.length === 0 ? (
              <span className="text-muted">{t("partnersNotStated")}</span>
            ) : (
              <ul className="space-y-1" data-testid="venture-partners">
                {venture.partners.map((partner) => (
                  <li key={partner.id} data-testid="venture-partner">
                    {partner.companyName ? (
                      <span className="font-medium">{partner.companyName}</span>
                    ) : (
                      <span className="italic text-muted">{t("partnerNotNamed", { country: partner.country?.code ?? "other" })}</span>
                    )}
                    {" — "}
                    {partner.country ? (
                      [partner.country, partner.secondCountry].flatMap((country, index) =>
                        country
                          ? [
                              index > 0 ? " / " : null,
                              <Link key={country.code} href={`/ventures?country=${country.code}`} className="underline">
                                {localized(locale, country.nameRu, country.nameEn)}
                              </Link>,
                            ]
                          : [],
                      )
                    ) : (
                      <span className="text-muted">{t("countryNotStated")}</span>
                    )}
                    {partner.countryInferred && <InferredMarker kind="nationality" />}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-medium">{t("products")}</dt>
          <dd>{products ?? <span className="text-muted">{t("notStated")}</span>}</dd>
          <dt className="font-medium">{t("location")}</dt>
          <dd>{location || <span className="text-muted">{t("locationNotStated")}</span>}</dd>
          <dt className="font-medium">{t("established")}</dt>
          <dd>
            {venture.establishedOn ? (
              formatDateWithPrecision(venture.establishedOn, venture.establishedPrecision, locale)
            ) : (
              <span className="text-muted">{t("notStated")}</span>
            )}
          </dd>
          <dt className="font-medium">{t("investment")}</dt>
          <dd className="tabular">
            {venture.investmentUsd ? formatUsd(venture.investmentUsd, locale) : <span className="text-muted">{t("investmentNotReported")}</span>}
          </dd>
          <dt className="font-medium">{t("origin")}</dt>
          <dd>
            {!venture.initiative && !venture.agreementDocument && <span className="text-muted">{t("originNone")}</span>}
            {venture.initiative && (
              <p>
                {t("originInitiative")}:{" "}
                <Link href={`/initiatives/${venture.initiative.id}`} className="underline">
                  {localized(locale, venture.initiative.titleRu, venture.initiative.titleEn)}
                </Link>
              </p>
            )}
            {venture.agreementDocument && (
              <p>
                {t("originAgreement")}:{" "}
                <Link href={`/documents?event=${venture.agreementDocument.event.slug}#${venture.agreementDocument.id}`} className="underline">
                  {localized(locale, venture.agreementDocument.titleRu, venture.agreementDocument.titleEn)}
                </Link>
              </p>
            )}
          </dd>
          <dt className="font-medium">{t("confirmation")}</dt>
          <dd>
            <VentureConfirmation
              venture={{
                version: venture.version,
                partners: venture.partners.map((p) => ({ countryCode: p.country?.code ?? null, secondCountryCode: p.secondCountry?.code ?? null })),
              }}
              confirmations={venture.confirmations}
            />
          </dd>
          <dt className="font-medium">{t("lastUpdated")}</dt>
          <dd data-testid="venture-updated">
            <time dateTime={venture.updatedAt.toISOString()}>{formatTimestamp(venture.updatedAt, locale)}</time>
          </dd>
        </dl>
      </Card>

      <Card aria-labelledby="sources">
        <h2 id="sources" className="mb-3 text-lg font-semibold">
          {t("sources")}
        </h2>
        <SourceCitation citations={venture.citations} />
      </Card>
    </article>
  );
}
