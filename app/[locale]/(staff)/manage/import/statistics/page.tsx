import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { listStatisticsImports, savedLayouts } from "@/lib/import/statistics-file";
import { MAX_STATISTICS_BYTES } from "@/lib/trade-stats/table";
import { TRADE_COUNTRIES } from "@/lib/trade-stats/countries";
import { formatDate } from "@/lib/format";
import { countryNames } from "@/lib/queries/countries";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { StatisticsClient } from "./statistics-client";
import { UndoImportButton } from "./undo-import-button";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ undone?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "statsImport.ui" }))("title") };
}

export default async function StatisticsImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("import:run");
  if (!allowed) return <NotAllowed role={user.role} permission="import:run" />;
  const [t, imports, layouts, names, { undone }] = await Promise.all([
    getTranslations("statsImport.ui"),
    listStatisticsImports(),
    savedLayouts(),
    countryNames(locale),
    searchParams,
  ]);
  const countries = TRADE_COUNTRIES.map((c) => ({ code: c.code, name: names[c.code] ?? c.code }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      {undone && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="statistics-undone">
          {t("undoDone")}
        </p>
      )}
      <StatisticsClient locale={locale} maxMb={MAX_STATISTICS_BYTES / 1024 / 1024} countries={countries} layouts={layouts} />
      <section aria-labelledby="statistics-history" className="space-y-3">
        <h2 id="statistics-history" className="text-lg font-semibold">
          {t("history")}
        </h2>
        {imports.length === 0 ? (
          <p className="text-muted">{t("historyEmpty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-line bg-surface">
            <table className="data-table" data-testid="statistics-history">
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("sourceTitle")}</th>
                  <th scope="col">{t("who")}</th>
                  <th scope="col">{t("result")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("undo")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.map((entry) => (
                  <tr key={entry.id} className="align-top" data-testid="statistics-import">
                    <td className="whitespace-nowrap">{formatDate(entry.at, locale)}</td>
                    <th scope="row">
                      <Link href={`/sources/${entry.source.id}`}>{entry.source.titleEn}</Link>
                      <span className="block font-mono text-xs text-muted">{entry.fileName}</span>
                    </th>
                    <td>{entry.user?.name ?? "—"}</td>
                    <td>{t("resultText", { added: entry.added, revised: entry.revised, unchanged: entry.unchanged, skipped: entry.skipped })}</td>
                    <td>
                      {entry.undoneAt ? (
                        <span className="text-sm text-muted">
                          {t("undone", { date: formatDate(entry.undoneAt, locale), name: entry.undoneBy?.name ?? "—" })}
                        </span>
                      ) : (
                        <UndoImportButton importId={entry.id} label={entry.source.titleEn} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
