import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listStaffInitiatives } from "@/lib/queries/initiatives";
import { formatShortTimestamp } from "@/lib/format";
import { WorkspaceList, listQuery } from "@/components/workspace-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("initiatives") };
}

export default async function StaffInitiativesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const query = listQuery.parse(await searchParams);
  const [t, tStatus, list] = await Promise.all([getTranslations("workspace"), getTranslations("initiativeStatus"), listStaffInitiatives(query)]);
  return (
    <WorkspaceList
      title={t("nav.initiatives")}
      intro={t("initiatives.intro")}
      basePath="/manage/initiatives"
      entity="initiative"
      query={query}
      publicHref={(id) => `/initiatives/${id}`}
      newLabel={can(user.role, "record:create") ? t("initiatives.new") : null}
      searchLabel={t("searchByTitle")}
      headers={[t("initiatives.title"), t("initiatives.status"), t("initiatives.event"), t("lastUpdated")]}
      list={list}
      rows={list.items.map((i) => ({
        id: i.id,
        cells: [
          can(user.role, "record:update") ? (
            <Link href={`/manage/initiatives/${i.id}/edit`}>{localized(locale, i.titleRu, i.titleEn)}</Link>
          ) : (
            localized(locale, i.titleRu, i.titleEn)
          ),
          tStatus(i.status),
          i.event ? localized(locale, i.event.titleRu, i.event.titleEn) : "—",
          <span key="updated" className="tabular">
            {formatShortTimestamp(i.updatedAt, locale)}
          </span>,
        ],
      }))}
    />
  );
}
