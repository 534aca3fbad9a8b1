import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getInitiativeForEdit } from "@/lib/queries/initiatives";
import { updateInitiativeAction } from "@/lib/actions/initiatives/update-initiative";
import { addStatusChangeAction } from "@/lib/actions/initiatives/add-status-change";
import { formatDateWithPrecision, formatShortTimestamp, isoDay } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { InitiativeForm } from "../../initiative-form";
import { StatusChangeForm } from "../../status-change-form";
import { initiativeFormOptions } from "../../form-options";
import { initiativeEditValues } from "@/lib/queries/edit-values";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.initiatives" }))("edit") };
}

export default async function EditInitiativePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { statusSaved } = await searchParams;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const initiative = isRecordKey(id) ? await getInitiativeForEdit(id) : null;
  if (!initiative) notFound();
  const [t, tStatus, tChecks, options] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("initiativeStatus"),
    getTranslations("checks"),
    initiativeFormOptions(locale),
  ]);
  const initial = initiativeEditValues(initiative);
  const today = isoDay(new Date());
  return (
    <div className="space-y-8">
      <PageHeader
        title={`${t("initiatives.edit")}: ${localized(locale, initiative.titleRu, initiative.titleEn)}`}
        intro={t("initiatives.editIntro", { version: initiative.version, updated: formatShortTimestamp(initiative.updatedAt, locale) })}
      />
      <section aria-labelledby="history-heading" className="space-y-4 rounded-lg border border-line bg-surface p-4">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("initiatives.history")} · {t("initiatives.currentStatus", { status: tStatus(initiative.status) })}
        </h2>
        {statusSaved && (
          <p role="status" className="rounded-md bg-green-50 p-3 text-sm" data-testid="status-saved">
            {t("initiatives.statusSaved")} <Link href={`/initiatives/${initiative.id}`}>{t("viewPublic")}</Link>
          </p>
        )}
        {initiative.statusChanges.length === 0 ? (
          <p className="text-sm text-muted">{t("initiatives.noHistory")}</p>
        ) : (
          <ol className="space-y-2 text-sm" data-testid="status-history">
            {initiative.statusChanges.map((change) => (
              <li key={change.id} className="border-l-2 border-accent pl-3">
                <span className="tabular font-medium">{formatDateWithPrecision(change.changedOn, change.changedPrecision, locale)}</span> —{" "}
                {change.kind === "CHECK" ? tChecks("checkedStill", { status: tStatus(change.status) }) : tStatus(change.status)}
                {change.noPublicInformation && <span className="text-muted"> · {tChecks("noPublicInformation")}</span>}
                {(change.noteRu || change.noteEn) && <p>{localized(locale, change.noteRu ?? change.noteEn, change.noteEn ?? change.noteRu)}</p>}
                {change.citations.map((c, index) => (
                  <p key={index} className="text-muted">
                    {localized(locale, c.source.titleRu, c.source.titleEn)}
                    {c.quote && <> — «{c.quote}»</>}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        )}
        <h3 className="font-semibold">{t("initiatives.recordStatus")}</h3>
        <StatusChangeForm
          action={addStatusChangeAction}
          initial={{ initiativeId: initiative.id, version: initiative.version, changedOn: today, kind: "CHANGE" }}
          current={tStatus(initiative.status)}
          statuses={Object.values(InitiativeStatus).map((s) => ({ value: s, label: tStatus(s) }))}
          sources={options.sources}
        />
      </section>
      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-lg font-semibold">
          {t("initiatives.details")}
        </h2>
        <InitiativeForm action={updateInitiativeAction} initial={initial} options={options} submitLabel={t("initiatives.save")} />
      </section>
      {can(user.role, "record:delete") && <DeleteRecordButton entity="initiative" id={initiative.id} listPath="/manage/initiatives" />}
    </div>
  );
}
