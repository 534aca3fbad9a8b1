import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { countInitiativesDue, listStaffInitiatives } from "@/lib/queries/initiatives";
import { formatDateWithPrecision, formatShortTimestamp } from "@/lib/format";
import { isCheckDue } from "@/lib/metrics/checks";
import { WorkspaceList, listQuery } from "@/components/workspace-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("initiatives") };
}

export default async function StaffInitiativesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const raw = await searchParams;
  const query = listQuery.parse(raw);
  const due = raw.due === "1";
  const [t, tStatus, tChecks, list, dueCount] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("initiativeStatus"),
    getTranslations("checks"),
    listStaffInitiatives({ ...query, due }),
    countInitiativesDue(),
  ]);
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
      headers={[t("initiatives.title"), t("initiatives.status"), t("initiatives.event"), tChecks("lastChecked"), t("lastUpdated")]}
      list={list}
      above={
        <p className="rounded-md border-l-4 border-warning bg-amber-50 p-3 text-sm" data-testid="due-notice">
          {due ? (
            <>
              {tChecks("dueListed", { count: dueCount })} <Link href="/manage/initiatives">{tChecks("showAll")}</Link>
            </>
          ) : (
            <>
              {tChecks("dueCount", { count: dueCount })} {dueCount > 0 && <Link href="/manage/initiatives?due=1">{tChecks("showDue")}</Link>}
            </>
          )}
        </p>
      }
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
          <span key="checked" className={isCheckDue(i.statusChanges[0]?.changedOn ?? null, new Date()) ? "font-medium text-warning" : undefined}>
            {i.statusChanges[0] ? formatDateWithPrecision(i.statusChanges[0].changedOn, i.statusChanges[0].changedPrecision, locale) : tChecks("never")}
          </span>,
          <span key="updated" className="tabular">
            {formatShortTimestamp(i.updatedAt, locale)}
          </span>,
        ],
      }))}
    />
  );
}
