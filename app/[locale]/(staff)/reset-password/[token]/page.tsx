import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { findResetLinkPerson } from "@/lib/queries/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { Link } from "@/components/link";
import { ResetPasswordForm } from "./reset-password-form";

type Props = { params: Promise<{ locale: string; token: string }> };

// Per link and always current: a used link must say so at once.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "resetPassword" }))("title"), robots: { index: false }, referrer: "no-referrer" };
}

/** Where a reset link an administrator issued lands: a new password, once, while the link works. */
export default async function ResetPasswordPage({ params }: Props) {
  await resolveLocale(params);
  const { token } = await params;
  const [t, person] = await Promise.all([getTranslations("resetPassword"), findResetLinkPerson(token)]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {person && <p className="mt-2 text-muted">{t("intro", { email: person.email, min: MIN_PASSWORD_LENGTH })}</p>}
      </header>
      {person ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div role="alert" className="space-y-2 rounded-md border-l-4 border-warning bg-amber-50 p-4" data-testid="reset-link-invalid">
          <p className="font-semibold">{t("linkInvalidTitle")}</p>
          <p className="text-sm">{t("linkInvalid")}</p>
          <Link href="/sign-in">{t("toSignIn")}</Link>
        </div>
      )}
    </div>
  );
}
