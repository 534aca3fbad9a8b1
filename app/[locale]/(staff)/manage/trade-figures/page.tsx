import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { TradeScope } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { formatNumber, formatPeriod, formatShortTimestamp, formatUsd } from "@/lib/format";
import { getFormOptions } from "@/lib/queries/form-options";
import { listStaffTradeFigures } from "@/lib/queries/trade";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/filter-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Malformed filters are ignored rather than refused: the list then shows everything.
const query = z.object({
  scope: z.enum(TradeScope).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  saved: z.string().max(100).optional().catch(undefined),
  deleted: z.string().max(100).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("tradeFigures") };
}

export default async function StaffTradeFiguresPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const { scope, country, page, saved, deleted } = query.parse(await searchParams);
  const [t, tForm, tScope, options, list] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("tradeFigureForm"),
    getTranslations("scope"),
    getFormOptions(),
    listStaffTradeFigures({ scope, country, page }),
  ]);
  const countryName = new Map(options.countries.map((c) => [c.code, localized(locale, c.nameRu, c.nameEn)]));
  const name = (code: string | null) => (code ? (countryName.get(code) ?? code) : "—");
  const series = (f: { scope: TradeScope; countryACode: string | null; countryBCode: string | null }) =>
    tScope(f.scope, { a: name(f.countryACode), b: name(f.countryBCode) });
  const filterParams = { ...(scope ? { scope } : {}), ...(country ? { country } : {}) };
  return (
    <div className="space-y-6">
      <PageHeader title={t("nav.tradeFigures")} intro={t("tradeFiguresIntro")} />
      {saved && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="saved-notice">
          {t("saved")} <Link href="/trade">{t("viewPublic")}</Link>
        </p>
      )}
      {deleted && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
          {t("deleted")} <Link href={`/manage/audit?entity=tradeFigure&entityId=${deleted}`}>{t("undoFromAudit")}</Link>
        </p>
      )}
      <FilterForm
        action={`/${locale}/manage/trade-figures`}
        resetHref={`/${locale}/manage/trade-figures`}
        fields={[
          {
            name: "scope",
            label: t("tradeFigures.scopeFilter"),
            value: scope,
            options: Object.values(TradeScope).map((s) => ({ value: s, label: tForm(`scopes.${s}`) })),
          },
          {
            name: "country",
            label: t("tradeFigures.countryFilter"),
            value: country,
            options: options.countries.map((c) => ({ value: c.code, label: localized(locale, c.nameRu, c.nameEn) })),
          },
        ]}
      />
      {can(user.role, "record:create") && (
        <p>
          <Link
            href="/manage/trade-figures/new"
            className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong"
          >
            {t("tradeFigures.new")}
          </Link>
        </p>
      )}
      {list.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-left text-sm" data-testid="trade-figures-table">
            <caption className="sr-only">{t("nav.tradeFigures")}</caption>
            <thead className="bg-canvas">
              <tr>
                <th scope="col" className="p-3">
                  {t("tradeFigures.period")}
                </th>
                <th scope="col" className="p-3">
                  {t("tradeFigures.series")}
                </th>
                <th scope="col" className="p-3">
                  {t("tradeFigures.value")}
                </th>
                <th scope="col" className="p-3">
                  {t("tradeFigures.growth")}
                </th>
                <th scope="col" className="p-3">
                  {t("lastUpdated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((f) => {
                const period = formatPeriod(f.periodStart, f.periodEnd, locale);
                const value = f.valueUsd ? formatUsd(f.valueUsd, locale) : null;
                const growth = f.growthPercent
                  ? t("tradeFigures.growthValue", { sign: f.growthPercent.isNegative() ? "" : "+", value: formatNumber(f.growthPercent.toNumber(), locale) })
                  : "—";
                return (
                  <tr key={f.id} className="border-t border-line align-top">
                    <td className="p-3 tabular">
                      {can(user.role, "record:update") ? <Link href={`/manage/trade-figures/${f.id}/edit`}>{period}</Link> : period}
                      {f.isSynthetic && <span className="ml-2 text-xs text-muted">({t("synthetic")})</span>}
                    </td>
                    <td className="p-3">{series(f)}</td>
                    <td className="p-3 tabular">
                      {value ? f.isLowerBound ? t("tradeFigures.moreThan", { value }) : value : <span className="text-muted">{t("tradeFigures.noValue")}</span>}
                    </td>
                    <td className="p-3 tabular">{f.growthIsLowerBound && f.growthPercent ? t("tradeFigures.moreThan", { value: growth }) : growth}</td>
                    <td className="p-3 tabular">{formatShortTimestamp(f.updatedAt, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        href={(p) => `/manage/trade-figures?${new URLSearchParams({ ...filterParams, page: String(p) })}`}
      />
    </div>
  );
}
