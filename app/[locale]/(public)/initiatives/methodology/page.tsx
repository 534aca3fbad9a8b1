import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { CHECK_INTERVAL_MONTHS } from "@/lib/metrics/checks";
import { pageMetadata } from "@/lib/page-metadata";
import { Link } from "@/components/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusSwatch } from "@/components/scorecard-table";

// Each status's example: an initiative of the seed that stands there now (null: none does yet).
const EXAMPLES: Record<InitiativeStatus, string | null> = {
  PROPOSED: "ini-v-trade-chamber",
  SUPPORTED: "ini-v-industrial-strategy",
  IN_PROGRESS: "ini-uz-kz-industrial-roadmap",
  ADOPTED: "ini-ca-az-green-energy-export",
  IMPLEMENTED: null,
  STALLED: null,
};

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ratingScale" });
  return pageMetadata({ locale, path: "/initiatives/methodology", title: t("title"), description: t("intro") });
}

/** The rating scale of initiatives, with what each status means and an example; how checks and scorecards work. */
export default async function RatingScalePage({ params }: Props) {
  await resolveLocale(params);
  const [t, tStatus] = await Promise.all([getTranslations("ratingScale"), getTranslations("initiativeStatus")]);
  return (
    <article className="space-y-6">
      <p className="text-sm">
        <Link href="/initiatives">← {t("back")}</Link>
      </p>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card aria-labelledby="scale">
        <h2 id="scale" className="text-lg font-semibold">
          {t("scaleHeading")}
        </h2>
        <dl className="mt-3 space-y-4" data-testid="rating-scale">
          {Object.values(InitiativeStatus).map((status) => (
            <div key={status}>
              <dt className="font-medium">
                <StatusSwatch status={status} />
                {tStatus(status)}
              </dt>
              <dd className="mt-1 max-w-3xl space-y-1 text-sm">
                <p>{t(`meaning.${status}`)}</p>
                <p className="text-muted">
                  {EXAMPLES[status] ? (
                    <>
                      {t("example")} <Link href={`/initiatives/${EXAMPLES[status]}`}>{t(`exampleText.${status as "PROPOSED"}`)}</Link>
                    </>
                  ) : (
                    t("noExample")
                  )}
                </p>
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card aria-labelledby="checks" className="space-y-2 text-sm">
        <h2 id="checks" className="text-lg font-semibold">
          {t("checksHeading")}
        </h2>
        <p className="max-w-3xl">{t("checks", { months: CHECK_INTERVAL_MONTHS })}</p>
        <p className="max-w-3xl">{t("scorecards")}</p>
        <p className="max-w-3xl">{t("sources")}</p>
      </Card>
    </article>
  );
}
