import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listStaffTargets } from "@/lib/queries/targets";
import { formatDateWithPrecision, formatShortTimestamp } from "@/lib/format";
import { WorkspaceList, listQuery } from "@/components/workspace-list";
import { TargetName } from "@/components/target-name";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("targets") };
}

export default async function StaffTargetsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const query = listQuery.parse(await searchParams);
  const [t, tForm, list] = await Promise.all([getTranslations("workspace"), getTranslations("targetForm"), listStaffTargets(query)]);
  return (
    <WorkspaceList
      title={t("nav.targets")}
      intro={t("targets.intro")}
      basePath="/manage/targets"
      entity="target"
      query={query}
      publicHref={(id) => `/targets/${id}`}
      newLabel={can(user.role, "record:create") ? t("targets.new") : null}
      searchLabel={t("searchByTitle")}
      headers={[t("targets.target"), t("targets.setOn"), tForm("deadlineYear"), t("lastUpdated")]}
      list={list}
      rows={list.items.map((target) => {
        const name = <TargetName target={target} locale={locale} />;
        return {
          id: target.id,
          cells: [
            can(user.role, "record:update") ? <Link href={`/manage/targets/${target.id}/edit`}>{name}</Link> : name,
            formatDateWithPrecision(target.setOn, target.setPrecision, locale),
            target.deadlineYear ?? "—",
            <span key="updated" className="tabular">
              {formatShortTimestamp(target.updatedAt, locale)}
            </span>,
          ],
        };
      })}
    />
  );
}
