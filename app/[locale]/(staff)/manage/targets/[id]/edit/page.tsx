import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getTargetForEdit } from "@/lib/queries/targets";
import { updateTargetAction } from "@/lib/actions/targets/update-target";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { TargetForm } from "../../target-form";
import { targetFormOptions } from "../../form-options";
import { targetEditValues } from "@/lib/queries/edit-values";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.targets" }))("edit") };
}

export default async function EditTargetPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const target = isRecordKey(id) ? await getTargetForEdit(id) : null;
  if (!target) notFound();
  const t = await getTranslations("workspace.targets");
  const initial = targetEditValues(target);
  return (
    <div className="space-y-6">
      <PageHeader title={t("edit")} intro={t("editIntro", { version: target.version, updated: formatShortTimestamp(target.updatedAt, locale) })} />
      <TargetForm action={updateTargetAction} initial={initial} options={await targetFormOptions(locale)} submitLabel={t("save")} />
      {can(user.role, "record:delete") && <DeleteRecordButton entity="target" id={target.id} listPath="/manage/targets" />}
    </div>
  );
}
