import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listStaffEvents } from "@/lib/queries/summits";
import { formatDateWithPrecision, formatShortTimestamp } from "@/lib/format";
import { WorkspaceList, listQuery } from "@/components/workspace-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("events") };
}

export default async function StaffEventsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const query = listQuery.parse(await searchParams);
  const [t, tKind, list] = await Promise.all([getTranslations("workspace"), getTranslations("eventKind"), listStaffEvents(query)]);
  const slugs = new Map(list.items.map((e) => [e.id, e.slug]));
  return (
    <WorkspaceList
      title={t("nav.events")}
      intro={t("events.intro")}
      basePath="/manage/events"
      entity="event"
      query={query}
      publicHref={(id) => (slugs.has(id) ? `/summits/${slugs.get(id)}` : null)}
      newLabel={can(user.role, "record:create") ? t("events.new") : null}
      searchLabel={t("searchByTitle")}
      headers={[t("events.title"), t("events.kind"), t("events.date"), t("events.documents"), t("lastUpdated")]}
      list={list}
      rows={list.items.map((e) => ({
        id: e.id,
        cells: [
          can(user.role, "record:update") ? (
            <Link href={`/manage/events/${e.id}/edit`}>{localized(locale, e.titleRu, e.titleEn)}</Link>
          ) : (
            localized(locale, e.titleRu, e.titleEn)
          ),
          tKind(e.kind),
          <span key="date" className="tabular">
            {formatDateWithPrecision(e.startDate, e.datePrecision, locale)}
          </span>,
          e._count.documents,
          <span key="updated" className="tabular">
            {formatShortTimestamp(e.updatedAt, locale)}
          </span>,
        ],
      }))}
    />
  );
}
