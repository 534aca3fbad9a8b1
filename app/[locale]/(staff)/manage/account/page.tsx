import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { getAccount } from "@/lib/queries/users";
import { countryNames } from "@/lib/queries/countries";
import { formatTimestamp } from "@/lib/format";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/link";
import { PasswordForm } from "./password-form";
import { TwoFactorPanel } from "./two-factor-panel";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "account" }))("title") };
}

/**
 * The signed-in person's own account: their password and second factor. A person who owes
 * a new password or (an administrator) a second factor is sent here from every workspace
 * page, and sees only what they must do first.
 */
export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser("account:own", { duringSetup: true });
  const [t, tRole, account, countries] = await Promise.all([
    getTranslations("account"),
    getTranslations("workspace.role"),
    getAccount(user.id),
    countryNames(locale),
  ]);
  const details: [string, string][] = [
    [t("email"), account.email],
    [t("role"), tRole(account.role)],
    [t("organisation"), account.organisation ?? t("notStated")],
    [t("country"), account.countryCode ? (countries[account.countryCode] ?? account.countryCode) : t("noCountry")],
    [t("lastSignIn"), account.lastSignInAt ? formatTimestamp(account.lastSignInAt, locale) : t("never")],
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro", { name: account.name })} />
      {user.setup && (
        <p role="alert" className="max-w-3xl rounded-md border-l-4 border-warning bg-amber-50 p-3" data-testid="setup-required">
          {t(user.setup === "password" ? "mustChangePassword" : "mustSetUpTwoFactor")}
        </p>
      )}
      <Card aria-labelledby="account-details">
        <h2 id="account-details" className="text-lg font-semibold">
          {t("details")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-words text-muted">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-muted">{t("detailsByAdmin")}</p>
      </Card>
      {user.setup !== "twoFactor" && (
        <Card aria-labelledby="account-password">
          <h2 id="account-password" className="text-lg font-semibold">
            {t("password")}
          </h2>
          <p className="mt-1 mb-4 max-w-3xl text-sm text-muted">{t("passwordRules", { min: MIN_PASSWORD_LENGTH })}</p>
          <PasswordForm />
        </Card>
      )}
      {user.setup !== "password" && (
        <Card aria-labelledby="account-two-factor">
          <h2 id="account-two-factor" className="text-lg font-semibold">
            {t("twoFactor")}
          </h2>
          <TwoFactorPanel
            enabledAt={account.totpEnabledAt && formatTimestamp(account.totpEnabledAt, locale)}
            enrolment={account.enrolment}
            recoveryCodesLeft={account.recoveryCodesLeft}
            required={account.role === "ADMIN"}
          />
        </Card>
      )}
      {!user.setup && (
        <p>
          <Link href="/manage">{t("toWorkspace")}</Link>
        </p>
      )}
    </div>
  );
}
