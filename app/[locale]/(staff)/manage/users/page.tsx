import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Role } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { listUsers } from "@/lib/queries/users";
import { formatShortDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { NotAllowed } from "@/components/not-allowed";
import { Card } from "@/components/ui/card";
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
  const [t, tRole, users] = await Promise.all([getTranslations("users"), getTranslations("workspace.role"), listUsers()]);
  const roles = Object.values(Role).map((r) => ({ value: r, label: tRole(r) }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-canvas">
            <tr>
              <th scope="col" className="p-3">
                {t("person")}
              </th>
              <th scope="col" className="p-3">
                {t("since")}
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
                  {u.disabledAt && <p className="font-medium text-danger">{t("disabled")}</p>}
                </td>
                <td className="p-3 tabular">{formatShortDate(u.createdAt, locale)}</td>
                <td className="p-3">
                  {u.id === user.id ? (
                    <p>
                      {tRole(u.role)} · {t("you")}
                    </p>
                  ) : (
                    <UserRowActions id={u.id} role={u.role} disabled={Boolean(u.disabledAt)} roles={roles} />
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
        <NewUserForm roles={roles} />
      </Card>
    </div>
  );
}
