import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { COLUMNS, IMPORT_KINDS, REQUIRED_COLUMNS } from "@/lib/import/kinds";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/run-import";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { ImportClient } from "./import-client";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "import" }))("title") };
}

export default async function ImportPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("import:run");
  if (!allowed) return <NotAllowed role={user.role} permission="import:run" />;
  const t = await getTranslations("import");
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ImportClient locale={locale} maxMb={MAX_IMPORT_BYTES / 1024 / 1024} maxRows={MAX_IMPORT_ROWS} />
      <section className="space-y-4" aria-labelledby="import-columns">
        <h2 id="import-columns" className="text-xl font-semibold">
          {t("columnsTitle")}
        </h2>
        <p className="text-sm">{t("sourcesRule")}</p>
        {IMPORT_KINDS.map((kind) => (
          <div key={kind} className="space-y-2">
            <h3 className="font-semibold">
              {t(`kinds.${kind}`)} —{" "}
              <a href={`/${locale}/manage/import/template.csv?kind=${kind}`} download>
                {t("template")}
              </a>
            </h3>
            <div className="overflow-x-auto rounded-lg border border-line bg-surface">
              <table className="w-full text-left text-sm">
                <thead className="bg-canvas">
                  <tr>
                    <th scope="col" className="p-2">
                      {t("column")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("meaning")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {COLUMNS[kind].map((column) => (
                    <tr key={column} className="border-t border-line align-top">
                      <th scope="row" className="p-2 font-mono text-xs font-medium whitespace-nowrap">
                        {column}
                        {REQUIRED_COLUMNS[kind].includes(column) && <span className="text-danger"> *</span>}
                      </th>
                      <td className="p-2">{t(`help.${column}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
    </div>
  );
}
