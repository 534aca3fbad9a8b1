import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listStaffVentures } from "@/lib/queries/ventures";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/pagination";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  saved: z.string().max(100).optional().catch(undefined),
  deleted: z.string().max(100).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("ventures") };
}

export default async function StaffVenturesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const { q, page, saved, deleted } = query.parse(await searchParams);
  const [t, tStatus, list] = await Promise.all([getTranslations("workspace"), getTranslations("ventureStatus"), listStaffVentures({ q, page })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("nav.ventures")} intro={t("venturesIntro")} />
      {saved && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="saved-notice">
          {t("saved")} <Link href={`/ventures/${saved}`}>{t("viewPublic")}</Link>
        </p>
      )}
      {deleted && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
          {t("deleted")} <Link href={`/manage/audit?entity=venture&entityId=${deleted}`}>{t("undoFromAudit")}</Link>
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("searchByName")}</span>
            <input name="q" defaultValue={q ?? ""} className="rounded-md border border-line bg-surface px-3 py-2" />
          </label>
          <button type="submit" className="rounded-md border border-line bg-surface px-3 py-2 text-sm">
            {t("find")}
          </button>
        </form>
        {can(user.role, "record:create") && (
          <Link href="/manage/ventures/new" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong">
            {t("ventures.new")}
          </Link>
        )}
      </div>
      {list.items.length === 0 ? (
        <p className="text-muted">{q ? t("noMatches", { q }) : t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("nav.ventures")}</caption>
            <thead className="bg-canvas">
              <tr>
                <th scope="col" className="p-3">
                  {t("ventures.name")}
                </th>
                <th scope="col" className="p-3">
                  {t("ventures.partners")}
                </th>
                <th scope="col" className="p-3">
                  {t("ventures.status")}
                </th>
                <th scope="col" className="p-3">
                  {t("lastUpdated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((v) => (
                <tr key={v.id} className="border-t border-line align-top">
                  <td className="p-3">
                    {can(user.role, "record:update") ? (
                      <Link href={`/manage/ventures/${v.id}/edit`}>{localized(locale, v.nameRu, v.nameEn)}</Link>
                    ) : (
                      localized(locale, v.nameRu, v.nameEn)
                    )}
                    {v.isSynthetic && <span className="ml-2 text-xs text-muted">({t("synthetic")})</span>}
                  </td>
                  <td className="p-3">
                    {v.partners.map((p) => `${p.companyName ?? "—"} (${[p.countryCode, p.secondCountryCode].filter(Boolean).join("+") || "—"})`).join(", ")}
                  </td>
                  <td className="p-3">{tStatus(v.status)}</td>
                  <td className="p-3 tabular">{formatShortTimestamp(v.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        href={(p) => `/manage/ventures?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`}
      />
    </div>
  );
}
