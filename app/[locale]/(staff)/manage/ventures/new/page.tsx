import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { createVentureAction } from "@/lib/actions/ventures/create-venture";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { VentureForm } from "../venture-form";
import { ventureFormOptions } from "../form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.ventures" }))("new") };
}

export default async function NewVenturePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("record:create");
  const t = await getTranslations("workspace.ventures");
  if (!allowed) return <NotAllowed role={user.role} permission="record:create" />;
  return (
    <div className="space-y-6">
      <PageHeader title={t("new")} intro={t("newIntro")} />
      <VentureForm action={createVentureAction} initial={{}} options={await ventureFormOptions(locale)} submitLabel={t("create")} />
    </div>
  );
}
