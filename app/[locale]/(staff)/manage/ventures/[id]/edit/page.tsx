import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getVentureForEdit } from "@/lib/queries/ventures";
import { updateVentureAction } from "@/lib/actions/ventures/update-venture";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { VentureForm } from "../../venture-form";
import { ventureFormOptions } from "../../form-options";
import { ventureEditValues } from "@/lib/queries/edit-values";
import { countryNames } from "@/lib/queries/countries";
import { partnerCountries } from "@/lib/venture-confirmation";
import { Card } from "@/components/ui/card";
import { VentureConfirmation } from "@/components/venture-confirmation";
import { ConfirmVentureForm } from "./confirm-venture-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.ventures" }))("edit") };
}

export default async function EditVenturePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const venture = isRecordKey(id) ? await getVentureForEdit(id) : null;
  if (!venture) notFound();
  const [t, tConfirm, names] = await Promise.all([getTranslations("workspace.ventures"), getTranslations("ventureConfirmation"), countryNames(locale)]);
  const initial = ventureEditValues(venture);
  // A person of a partner country's ministry confirms for it (lib/records/venture-confirmations.ts).
  const confirmsFor =
    user.countryCode && can(user.role, "venture:confirm") && partnerCountries(venture.partners).includes(user.countryCode) ? user.countryCode : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${t("edit")}: ${localized(locale, venture.nameRu, venture.nameEn)}`}
        intro={t("editIntro", { version: venture.version, updated: formatShortTimestamp(venture.updatedAt, locale) })}
      />
      <Card aria-labelledby="venture-confirmation">
        <h2 id="venture-confirmation" className="text-lg font-semibold">
          {tConfirm("title")}
        </h2>
        <div className="mt-2 space-y-3">
          <VentureConfirmation venture={venture} confirmations={venture.confirmations} />
          {confirmsFor && !venture.confirmedBy.includes(confirmsFor) && (
            <ConfirmVentureForm id={venture.id} version={venture.version} country={names[confirmsFor] ?? confirmsFor} />
          )}
        </div>
      </Card>
      <VentureForm action={updateVentureAction} initial={initial} options={await ventureFormOptions(locale)} submitLabel={t("save")} />
      {can(user.role, "record:delete") && <DeleteRecordButton entity="venture" id={venture.id} listPath="/manage/ventures" />}
    </div>
  );
}
