import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isRecordKey } from "@/lib/validation/filters";
import { getTradeFigureForEdit } from "@/lib/queries/trade";
import { updateTradeFigureAction } from "@/lib/actions/trade-figures/update-trade-figure";
import { formatShortTimestamp } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { DeleteRecordButton } from "@/components/delete-record-button";
import { TradeFigureForm } from "../../trade-figure-form";
import { tradeFigureFormOptions } from "../../form-options";
import { tradeFigureEditValues } from "@/lib/queries/edit-values";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.tradeFigures" }))("edit") };
}

export default async function EditTradeFigurePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { user, allowed } = await getWorkspaceUser("record:update");
  if (!allowed) return <NotAllowed role={user.role} permission="record:update" />;
  const figure = isRecordKey(id) ? await getTradeFigureForEdit(id) : null;
  if (!figure) notFound();
  const t = await getTranslations("workspace.tradeFigures");
  const initial = tradeFigureEditValues(figure);
  return (
    <div className="space-y-6">
      <PageHeader title={t("edit")} intro={t("editIntro", { version: figure.version, updated: formatShortTimestamp(figure.updatedAt, locale) })} />
      <TradeFigureForm action={updateTradeFigureAction} initial={initial} options={await tradeFigureFormOptions(locale)} submitLabel={t("save")} />
      {can(user.role, "record:delete") && <DeleteRecordButton entity="tradeFigure" id={figure.id} listPath="/manage/trade-figures" />}
    </div>
  );
}
