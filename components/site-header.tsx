import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "@/components/locale-switcher";

const NAV = [
  { href: "/", key: "home" },
  { href: "/summits", key: "summits" },
  { href: "/trade", key: "trade" },
  { href: "/targets", key: "targets" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-ink no-underline hover:text-accent">
          {t("site.name")}
        </Link>
        <nav aria-label={t("site.navLabel")} className="flex flex-1 gap-4 text-sm">
          {NAV.map((item) => (
            <Link key={item.key} href={item.href} className="no-underline hover:underline">
              {t(`nav.${item.key}`)}
            </Link>
          ))}
        </nav>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
