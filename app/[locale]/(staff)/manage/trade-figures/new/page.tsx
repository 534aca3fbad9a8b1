import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { createTradeFigureAction } from "@/lib/actions/trade-figures/create-trade-figure";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { TradeFigureForm } from "../trade-figure-form";
import { tradeFigureFormOptions } from "../form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.tradeFigures" }))("new") };
}

export default async function NewTradeFigurePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("record:create");
  const t = await getTranslations("workspace.tradeFigures");
  if (!allowed) return <NotAllowed role={user.role} permission="record:create" />;
  return (
    <div className="space-y-6">
      <PageHeader title={t("new")} intro={t("newIntro")} />
      <TradeFigureForm action={createTradeFigureAction} initial={{}} options={await tradeFigureFormOptions(locale)} submitLabel={t("create")} />
    </div>
  );
}
