import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getSourceForEdit } from "@/lib/queries/sources";
import { updateSourceAction } from "@/lib/actions/sources/update-source";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { SourceForm } from "../../source-form";
import { sourceFormOptions } from "../../form-options";
import { sourceEditValues } from "@/lib/queries/edit-values";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.sources" }))("edit") };
}

export default async function EditSourcePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const source = isRecordKey(id) ? await getSourceForEdit(id) : null;
  if (!source) notFound();
  const t = await getTranslations("workspace.sources");
  const initial = sourceEditValues(source);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${t("edit")}: ${localized(locale, source.titleRu, source.titleEn)}`}
        intro={`${t("editIntro", { version: source.version, updated: formatShortTimestamp(source.updatedAt, locale) })} ${t("citedBy")}: ${t("citedCount", { count: source._count.citations })}.`}
      />
      <SourceForm action={updateSourceAction} initial={initial} options={await sourceFormOptions()} submitLabel={t("save")} />
      {can(user.role, "record:delete") && <DeleteRecordButton entity="source" id={source.id} listPath="/manage/sources" />}
    </div>
  );
}
