import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/components/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace" }))("title") };
}

export default async function WorkspacePage({ params }: Props) {
  await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const t = await getTranslations("workspace");
  const canEdit = can(user.role, "record:create");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t(`intro.${user.role}`)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t("nav.ventures")}</h2>
          <p className="mt-1 text-sm text-muted">{t("venturesIntro")}</p>
          <p className="mt-3 flex flex-wrap gap-3 text-sm">
            <Link href="/manage/ventures">{t("openList")}</Link>
            {canEdit && <Link href="/manage/ventures/new">{t("ventures.new")}</Link>}
          </p>
        </Card>
        {(["initiatives", "events", "targets", "sources"] as const).map((section) => (
          <Card key={section}>
            <h2 className="text-lg font-semibold">{t(`nav.${section}`)}</h2>
            <p className="mt-1 text-sm text-muted">{t(`${section}.intro`)}</p>
            <p className="mt-3 flex flex-wrap gap-3 text-sm">
              <Link href={`/manage/${section}`}>{t("openList")}</Link>
              {canEdit && <Link href={`/manage/${section}/new`}>{t(`${section}.new`)}</Link>}
            </p>
          </Card>
        ))}
        <Card>
          <h2 className="text-lg font-semibold">{t("nav.tradeFigures")}</h2>
          <p className="mt-1 text-sm text-muted">{t("tradeFiguresIntro")}</p>
          <p className="mt-3 flex flex-wrap gap-3 text-sm">
            <Link href="/manage/trade-figures">{t("openList")}</Link>
            {canEdit && <Link href="/manage/trade-figures/new">{t("tradeFigures.new")}</Link>}
            {can(user.role, "import:run") && <Link href="/manage/import">{t("nav.import")}</Link>}
          </p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("nav.audit")}</h2>
          <p className="mt-1 text-sm text-muted">{t("auditIntro")}</p>
          <p className="mt-3 text-sm">
            <Link href="/manage/audit">{t("openList")}</Link>
          </p>
        </Card>
      </div>
    </div>
  );
}
