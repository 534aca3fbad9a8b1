import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { createInitiativeAction } from "@/lib/actions/initiatives/create-initiative";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { InitiativeForm } from "../initiative-form";
import { initiativeFormOptions } from "../form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.initiatives" }))("new") };
}

export default async function NewInitiativePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("record:create");
  if (!allowed) return <NotAllowed role={user.role} permission="record:create" />;
  const t = await getTranslations("workspace");
  return (
    <div className="space-y-6">
      <PageHeader title={t("initiatives.new")} intro={t("initiatives.newIntro")} />
      <InitiativeForm action={createInitiativeAction} initial={{}} options={await initiativeFormOptions(locale)} submitLabel={t("initiatives.create")} />
    </div>
  );
}
