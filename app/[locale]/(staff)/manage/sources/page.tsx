import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listStaffSources } from "@/lib/queries/sources";
import { formatDateWithPrecision, formatShortTimestamp } from "@/lib/format";
import { WorkspaceList, listQuery } from "@/components/workspace-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("sources") };
}

export default async function StaffSourcesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const query = listQuery.parse(await searchParams);
  const [t, list] = await Promise.all([getTranslations("workspace"), listStaffSources(query)]);
  return (
    <WorkspaceList
      title={t("nav.sources")}
      intro={t("sources.intro")}
      basePath="/manage/sources"
      entity="source"
      query={query}
      publicHref={(id) => `/sources/${id}`}
      newLabel={can(user.role, "record:create") ? t("sources.new") : null}
      searchLabel={t("searchByTitle")}
      headers={[t("sources.title"), t("sources.publisher"), t("sources.publishedOn"), t("sources.citedBy"), t("lastUpdated")]}
      list={list}
      rows={list.items.map((s) => ({
        id: s.id,
        cells: [
          can(user.role, "record:update") ? (
            <Link href={`/manage/sources/${s.id}/edit`}>{localized(locale, s.titleRu, s.titleEn)}</Link>
          ) : (
            localized(locale, s.titleRu, s.titleEn)
          ),
          s.publisher ?? "—",
          s.publishedOn ? formatDateWithPrecision(s.publishedOn, s.publishedPrecision, locale) : "—",
          t("sources.citedCount", { count: s._count.citations }),
          <span key="updated" className="tabular">
            {formatShortTimestamp(s.updatedAt, locale)}
          </span>,
        ],
      }))}
    />
  );
}
