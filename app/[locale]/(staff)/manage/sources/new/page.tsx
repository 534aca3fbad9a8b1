import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { createSourceAction } from "@/lib/actions/sources/create-source";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { SourceForm } from "../source-form";
import { sourceFormOptions } from "../form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.sources" }))("new") };
}

export default async function NewSourcePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("record:create");
  if (!allowed) return <NotAllowed role={user.role} permission="record:create" />;
  const t = await getTranslations("workspace.sources");
  return (
    <div className="space-y-6">
      <PageHeader title={t("new")} intro={t("newIntro")} />
      <SourceForm action={createSourceAction} initial={{ kind: "ARTICLE", language: locale }} options={await sourceFormOptions()} submitLabel={t("create")} />
    </div>
  );
}
