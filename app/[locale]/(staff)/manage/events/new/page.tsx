import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { createEventAction } from "@/lib/actions/events/create-event";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { EventForm } from "../event-form";
import { eventFormOptions } from "../form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.events" }))("new") };
}

export default async function NewEventPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("record:create");
  if (!allowed) return <NotAllowed role={user.role} permission="record:create" />;
  const t = await getTranslations("workspace.events");
  return (
    <div className="space-y-6">
      <PageHeader title={t("new")} intro={t("newIntro")} />
      <EventForm action={createEventAction} initial={{}} options={await eventFormOptions(locale)} submitLabel={t("create")} />
    </div>
  );
}
