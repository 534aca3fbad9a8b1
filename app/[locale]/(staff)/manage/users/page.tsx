import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Role } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { listUsers } from "@/lib/queries/users";
import { formatShortDate, formatShortTimestamp } from "@/lib/format";
import { countryNames } from "@/lib/queries/countries";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/link";
import { NewUserForm } from "./new-user-form";
import { UserRowActions } from "./user-row-actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "users" }))("title") };
}

export default async function UsersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { user, allowed } = await getWorkspaceUser("user:manage");
  if (!allowed) return <NotAllowed role={user.role} permission="user:manage" />;
  const [t, tRole, users, names] = await Promise.all([getTranslations("users"), getTranslations("workspace.role"), listUsers(), countryNames(locale)]);
  const roles = Object.values(Role).map((r) => ({ value: r, label: tRole(r) }));
  const countries = Object.entries(names).map(([value, label]) => ({ value, label }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="p-3">
                {t("person")}
              </th>
              <th scope="col" className="p-3">
                {t("signIns")}
              </th>
              <th scope="col" className="p-3">
                {t("roleAndAccess")}
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-line align-top" data-testid={`user-${u.email}`}>
                <td className="p-3">
                  <p className="font-medium">{u.name}</p>
                  <p className="text-muted">{u.email}</p>
                  {u.organisation && <p className="text-muted">{u.organisation}</p>}
                  {u.countryCode && <p className="text-muted">{names[u.countryCode] ?? u.countryCode}</p>}
                  <p className="text-muted">{t("since", { date: formatShortDate(u.createdAt, locale) })}</p>
                  {u.disabledAt && <p className="font-medium text-danger">{t("disabled")}</p>}
                </td>
                <td className="p-3" data-testid="sign-in-facts">
                  <p>{u.lastSignInAt ? t("lastSignIn", { at: formatShortTimestamp(u.lastSignInAt, locale) }) : t("neverSignedIn")}</p>
                  <p className={u.failedSignIns > 0 ? "font-medium text-danger" : "text-muted"}>
                    {u.failedSignIns > 0 && u.lastFailedAt
                      ? t("failedSignIns", { count: u.failedSignIns, at: formatShortTimestamp(u.lastFailedAt, locale) })
                      : t("noFailedSignIns")}
                  </p>
                  <p className="text-muted">{u.totpEnabledAt ? t("twoFactorOn") : t("twoFactorOff")}</p>
                  {u.mustChangePassword && <p className="text-muted">{t("mustChangePassword")}</p>}
                </td>
                <td className="p-3">
                  {u.id === user.id ? (
                    <p>
                      {tRole(u.role)} · {t("you")} · <Link href="/manage/account">{t("yourAccount")}</Link>
                    </p>
                  ) : (
                    <UserRowActions
                      user={{
                        id: u.id,
                        role: u.role,
                        organisation: u.organisation ?? "",
                        countryCode: u.countryCode ?? "",
                        disabled: Boolean(u.disabledAt),
                        twoFactor: Boolean(u.totpEnabledAt),
                      }}
                      roles={roles}
                      countries={countries}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Card aria-labelledby="new-user">
        <h2 id="new-user" className="text-lg font-semibold">
          {t("new")}
        </h2>
        <NewUserForm roles={roles} countries={countries} />
      </Card>
    </div>
  );
}
