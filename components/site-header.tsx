import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { localizedHref } from "@/lib/i18n/localized-href";
import { Link } from "@/components/link";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SiteNav } from "@/components/site-nav";

const NAV = [
  { href: "/", key: "home" },
  { href: "/trade", key: "trade" },
  { href: "/targets", key: "targets" },
  { href: "/summits", key: "summits" },
  { href: "/initiatives", key: "initiatives" },
  { href: "/documents", key: "documents" },
  { href: "/ventures", key: "ventures" },
  { href: "/sources", key: "sources" },
  { href: "/data", key: "data" },
  { href: "/search", key: "search" },
] as const;

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" locale={locale} className="font-semibold text-ink no-underline hover:text-accent">
          {t("site.name")}
        </Link>
        <SiteNav
          items={NAV.map((item) => ({ href: localizedHref(item.href, locale), label: t(`nav.${item.key}`) }))}
          label={t("site.navLabel")}
          menuLabel={t("site.menu")}
        />
        <LocaleSwitcher label={t("site.languageSwitch")} current={locale} locales={routing.locales.map((l) => ({ locale: l, name: t(`locale.${l}`) }))} />
      </div>
    </header>
  );
}
