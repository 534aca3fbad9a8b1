import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { createTargetAction } from "@/lib/actions/targets/create-target";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { TargetForm } from "../target-form";
import { targetFormOptions } from "../form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.targets" }))("new") };
}

export default async function NewTargetPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("record:create");
  if (!allowed) return <NotAllowed role={user.role} permission="record:create" />;
  const t = await getTranslations("workspace.targets");
  return (
    <div className="space-y-6">
      <PageHeader title={t("new")} intro={t("newIntro")} />
      <TargetForm action={createTargetAction} initial={{}} options={await targetFormOptions(locale)} submitLabel={t("create")} />
    </div>
  );
}
