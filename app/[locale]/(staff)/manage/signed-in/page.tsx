import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { SignedInAgain } from "@/components/signed-in-again";

// Where a sign-in opened from a refused save lands (components/record-form-alerts.tsx): it
// tells the form in the other tab, which can now save what the person typed.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace" }))("signedInTitle") };
}

export default async function SignedInPage({ params }: Props) {
  await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const t = await getTranslations("workspace");
  return (
    <div className="space-y-4">
      <PageHeader title={t("signedInTitle")} intro={t("signedInBody")} />
      <SignedInAgain text={t("signedInAs", { name: user.name })} />
    </div>
  );
}
