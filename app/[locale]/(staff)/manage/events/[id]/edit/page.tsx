import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getEventForEdit } from "@/lib/queries/summits";
import { updateEventAction } from "@/lib/actions/events/update-event";
import { createDocumentAction } from "@/lib/actions/documents/create-document";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { EventForm } from "../../event-form";
import { DocumentForm } from "../../document-form";
import { documentFormOptions, eventFormOptions } from "../../form-options";
import { eventEditValues } from "@/lib/queries/edit-values";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.events" }))("edit") };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { documentSaved, deleted } = await searchParams;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const event = isRecordKey(id) ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const [t, tType, tAdoption, options, documentOptions] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("documentType"),
    getTranslations("documentAdoption"),
    eventFormOptions(locale),
    documentFormOptions(locale, event.documents),
  ]);
  const titles = new Map(event.documents.map((d) => [d.id, localized(locale, d.titleRu, d.titleEn)]));
  const initial = eventEditValues(event);
  return (
    <div className="space-y-8">
      <PageHeader
        title={`${t("events.edit")}: ${localized(locale, event.titleRu, event.titleEn)}`}
        intro={t("events.editIntro", { version: event.version, updated: formatShortTimestamp(event.updatedAt, locale) })}
      />
      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("events.details")}
        </h2>
        <EventForm action={updateEventAction} initial={initial} options={options} submitLabel={t("events.save")} />
      </section>
      <section id="documents" aria-labelledby="documents-heading" className="space-y-4 rounded-lg border border-line bg-surface p-4">
        <h2 id="documents-heading" className="text-lg font-semibold">
          {t("events.documents")}
        </h2>
        {typeof documentSaved === "string" && (
          <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="document-saved">
            {t("events.documentSaved")} <Link href={`/summits/${event.slug}`}>{t("viewPublic")}</Link>
          </p>
        )}
        {typeof deleted === "string" && (
          <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
            {t("events.documentDeleted")} <Link href={`/manage/audit?entity=document&entityId=${deleted}`}>{t("undoFromAudit")}</Link>
          </p>
        )}
        {event.documents.length === 0 ? (
          <p className="text-sm text-muted">{t("events.noDocuments")}</p>
        ) : (
          <ul className="divide-y divide-line text-sm" data-testid="event-documents">
            {event.documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{localized(locale, d.titleRu, d.titleEn)}</span> — {tType(d.type)}, {tAdoption(d.adoption).toLowerCase()}
                  {d.approvedByDocumentId && titles.has(d.approvedByDocumentId) && <span className="text-muted"> ({titles.get(d.approvedByDocumentId)})</span>}
                </span>
                <Link href={`/manage/documents/${d.id}/edit`}>{t("events.editDocument")}</Link>
              </li>
            ))}
          </ul>
        )}
        {can(user.role, "record:create") && (
          <details className="rounded-md border border-line p-3" open={event.documents.length === 0}>
            <summary className="cursor-pointer font-medium">{t("events.addDocument")}</summary>
            <div className="mt-3">
              <DocumentForm action={createDocumentAction} initial={{ eventId: event.id }} options={documentOptions} submitLabel={t("documents.create")} />
            </div>
          </details>
        )}
      </section>
      {can(user.role, "record:delete") && <DeleteRecordButton entity="event" id={event.id} listPath="/manage/events" />}
    </div>
  );
}
