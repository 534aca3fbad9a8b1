import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getDocumentForEdit } from "@/lib/queries/documents";
import { updateDocumentAction } from "@/lib/actions/documents/update-document";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { DocumentForm } from "../../../events/document-form";
import { documentFormOptions } from "../../../events/form-options";
import { documentEditValues } from "@/lib/queries/edit-values";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.documents" }))("edit") };
}

/** A document is edited on its own page, reached from its event's page. */
export default async function EditDocumentPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const document = isRecordKey(id) ? await getDocumentForEdit(id) : null;
  if (!document) notFound();
  const [t, options] = await Promise.all([getTranslations("workspace.documents"), documentFormOptions(locale, document.event.documents)]);
  const eventPath = `/manage/events/${document.event.id}/edit`;
  const initial = documentEditValues(document);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${t("edit")}: ${localized(locale, document.titleRu, document.titleEn)}`}
        intro={t("editIntro", {
          version: document.version,
          updated: formatShortTimestamp(document.updatedAt, locale),
          event: localized(locale, document.event.titleRu, document.event.titleEn),
        })}
      />
      <p>
        <Link href={eventPath}>← {t("backToEvent")}</Link>
      </p>
      <DocumentForm action={updateDocumentAction} initial={initial} options={options} submitLabel={t("save")} />
      {can(user.role, "record:delete") && <DeleteRecordButton entity="document" id={document.id} listPath={eventPath} />}
    </div>
  );
}
