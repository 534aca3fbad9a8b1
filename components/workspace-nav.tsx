import { getLocale, getTranslations } from "next-intl/server";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere";
import { localizedHref } from "@/lib/i18n/localized-href";
import { SiteNav } from "@/components/site-nav";
import { SignOutButton } from "@/components/sign-out-button";

// The workspace's sections; a section needing a permission shows only to those who have it.
const SECTIONS: {
  href: string;
  key: "overview" | "ventures" | "tradeFigures" | "initiatives" | "sources" | "targets" | "events" | "import" | "statistics" | "audit" | "users" | "account";
  permission?: Permission;
}[] = [
  { href: "/manage", key: "overview" },
  { href: "/manage/ventures", key: "ventures" },
  { href: "/manage/trade-figures", key: "tradeFigures" },
  { href: "/manage/initiatives", key: "initiatives" },
  { href: "/manage/events", key: "events" },
  { href: "/manage/targets", key: "targets" },
  { href: "/manage/sources", key: "sources" },
  { href: "/manage/import", key: "import", permission: "import:run" },
  { href: "/manage/import/statistics", key: "statistics", permission: "import:run" },
  { href: "/manage/audit", key: "audit" },
  { href: "/manage/users", key: "users", permission: "user:manage" },
];

/** The bar under the site header on every workspace page: sections, who is signed in, sign out. */
export async function WorkspaceNav({ user }: { user: Actor }) {
  const [t, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  // Until a pending setup is done, the account page is the only one that opens.
  const sections = user.setup ? [] : SECTIONS.filter((s) => !s.permission || can(user.role, s.permission));
  const items = [...sections, { href: "/manage/account", key: "account" as const }].map((s) => ({
    href: localizedHref(s.href, locale),
    label: t(`nav.${s.key}`),
  }));
  return (
    <div className="mb-6 space-y-3 rounded-lg border border-line bg-accent-soft p-3 sm:p-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p>
          {t("signedInAs", { name: user.name })} · <span data-testid="current-role">{t(`role.${user.role}`)}</span>
        </p>
        <div className="flex flex-wrap gap-2">
          <SignOutButton label={t("signOut")} callbackUrl={`/${locale}/sign-in?signedOut=1`} />
          <form action={signOutEverywhereAction}>
            <button type="submit" className="rounded-md border border-line px-3 py-1 text-sm hover:bg-canvas">
              {t("signOutEverywhere")}
            </button>
          </form>
        </div>
      </div>
      <SiteNav items={items} label={t("navLabel")} menuLabel={t("menu")} listId="workspace-nav-list" />
    </div>
  );
}
